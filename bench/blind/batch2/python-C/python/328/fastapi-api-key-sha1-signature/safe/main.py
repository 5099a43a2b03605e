from fastapi import FastAPI, Header, HTTPException, Request

from signing import verify_signature

app = FastAPI()


@app.post("/hooks/payments")
async def payment_hook(request: Request, x_signature: str = Header(...)):
    body = await request.body()
    if not verify_signature(body, x_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    event = await request.json()
    return {"received": event.get("type")}
