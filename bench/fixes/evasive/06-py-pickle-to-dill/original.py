import pickle

from fastapi import FastAPI, Request, HTTPException

app = FastAPI()
SESSIONS: dict = {}


@app.post("/cart/restore")
async def restore_cart(request: Request):
    blob = await request.body()
    if not blob:
        raise HTTPException(status_code=400, detail="empty body")
    cart = pickle.loads(blob)  # cg-flaw
    if not isinstance(cart, dict) or "items" not in cart:
        raise HTTPException(status_code=422, detail="bad cart")
    session_id = request.headers.get("x-session-id", "anon")
    SESSIONS[session_id] = cart
    return {"restored": len(cart["items"])}
