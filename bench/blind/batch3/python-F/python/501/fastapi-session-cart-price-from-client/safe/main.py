import os

from fastapi import FastAPI, HTTPException, Request
from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware

from catalog import price_of
from payments import charge

app = FastAPI()
app.add_middleware(SessionMiddleware, secret_key=os.environ["SESSION_SECRET"], https_only=True)


class CartItem(BaseModel):
    sku: str
    qty: int
    unit_price: float


@app.post("/cart/items")
async def add_item(item: CartItem, request: Request):
    cart = request.session.setdefault("cart", [])
    unit_price = await price_of(item.sku)
    if unit_price is None:
        raise HTTPException(status_code=404)
    cart.append({"sku": item.sku, "qty": item.qty, "unit_price": unit_price})
    request.session["cart"] = cart
    return {"items": len(cart)}


@app.post("/checkout")
async def checkout(request: Request):
    cart = request.session.get("cart", [])
    total = sum(i["qty"] * i["unit_price"] for i in cart)
    await charge(request.session["customer_id"], total)
    request.session["cart"] = []
    return {"charged": total}
