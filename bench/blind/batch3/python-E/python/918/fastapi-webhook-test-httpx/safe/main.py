from fastapi import FastAPI, HTTPException
from pydantic import BaseModel
from webhooks import ping_webhook

app = FastAPI()

class WebhookTest(BaseModel):
    url: str

@app.post("/webhooks/test")
async def test_webhook(body: WebhookTest):
    try:
        status = await ping_webhook(body.url)
    except ValueError:
        raise HTTPException(400, "url not allowed")
    return {"status": status}
