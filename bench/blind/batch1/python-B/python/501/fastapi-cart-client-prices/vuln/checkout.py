from fastapi import APIRouter, HTTPException, Request

from payments import create_payment_intent

router = APIRouter(prefix="/checkout")


@router.post("")
async def checkout(request: Request):
    cart = request.session.get("cart") or {}
    if not cart:
        raise HTTPException(400, "cart is empty")
    amount = sum(item["qty"] * item["price"] for item in cart.values())
    intent = await create_payment_intent(
        amount_cents=amount,
        currency="usd",
        customer_id=request.session.get("customer_id"),
        metadata={"skus": ",".join(cart)},
    )
    request.session.pop("cart", None)
    return {"client_secret": intent["client_secret"], "amount_cents": amount}
