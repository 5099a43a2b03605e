from decimal import Decimal

from flask import Blueprint, jsonify, request, session

from cart import cart_total
from coupons import lookup_coupon
from payments import charge

bp = Blueprint("checkout", __name__, url_prefix="/checkout")


@bp.post("/coupon")
def apply_coupon():
    data = request.get_json() or {}
    coupon = lookup_coupon(data.get("code", ""))
    if coupon is None:
        return jsonify(error="unknown coupon"), 404
    # the storefront shows its own estimate, but only the server's percentage is kept
    session["coupon_code"] = coupon.code
    session["discount_pct"] = coupon.percent
    return jsonify(code=coupon.code, discount_pct=session["discount_pct"])


@bp.post("/pay")
def pay():
    total = cart_total(session.get("cart", {}))
    pct = Decimal(str(session.get("discount_pct", 0)))
    amount = (total * (Decimal(100) - pct) / Decimal(100)).quantize(Decimal("0.01"))
    result = charge(session["customer_id"], amount, request.json["payment_method"])
    session.pop("discount_pct", None)
    return jsonify(charged=str(amount), receipt=result.receipt_id)
