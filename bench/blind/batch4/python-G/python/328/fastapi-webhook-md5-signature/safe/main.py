from fastapi import FastAPI, Request, Header, HTTPException
from signing import verify_signature

app = FastAPI()


@app.post("/webhooks/shipping")
async def shipping_hook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    if not verify_signature(body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    return {"received": len(body)}
