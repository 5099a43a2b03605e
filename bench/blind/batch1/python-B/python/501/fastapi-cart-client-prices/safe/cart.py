from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel, Field

from catalog import get_product

router = APIRouter(prefix="/cart")


class CartLine(BaseModel):
    sku: str
    quantity: int = Field(gt=0, le=50)
    unit_price_cents: int = Field(ge=0)


@router.post("/lines")
async def add_line(line: CartLine, request: Request):
    product = await get_product(line.sku)
    if product is None or not product.in_stock:
        raise HTTPException(404, "product unavailable")
    cart = request.session.setdefault("cart", {})
    cart[line.sku] = {"qty": line.quantity, "price": product.price_cents}
    request.session["cart"] = cart
    return {"lines": len(cart)}


@router.get("")
async def view_cart(request: Request):
    cart = request.session.get("cart", {})
    total = sum(item["qty"] * item["price"] for item in cart.values())
    return {"items": cart, "total_cents": total}
