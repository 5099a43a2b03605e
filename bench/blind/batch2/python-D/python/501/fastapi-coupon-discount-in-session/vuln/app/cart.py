from fastapi import APIRouter, HTTPException, Request
from pydantic import BaseModel

from .coupons import lookup_coupon

router = APIRouter()


class CouponIn(BaseModel):
    code: str
    percent_off: int = 0


@router.post("/cart/coupon")
async def apply_coupon(body: CouponIn, request: Request):
    coupon = await lookup_coupon(body.code)
    if coupon is None:
        raise HTTPException(status_code=404, detail="unknown coupon")
    request.session["discount_percent"] = body.percent_off or coupon.percent_off  # cg-expect: CWE-501
    request.session["coupon_code"] = coupon.code
    return {"applied": coupon.code}


@router.post("/cart/checkout")
async def checkout(request: Request):
    subtotal = int(request.session.get("subtotal_cents", 0))
    discount = int(request.session.get("discount_percent", 0))
    total = subtotal - subtotal * discount // 100
    return {"subtotal_cents": subtotal, "total_cents": total}
