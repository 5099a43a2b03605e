from flask import Blueprint, make_response, redirect, request, url_for

from payments import create_payment_session, confirm_payment
from returns import resolve_return

bp = Blueprint("checkout", __name__)


@bp.post("/checkout/start")
def start():
    session_url = create_payment_session(request.form["order_id"])
    resp = make_response(redirect(session_url))
    resp.set_cookie("return_to", request.form.get("return_to", "/orders"), max_age=1800, samesite="Lax")
    return resp


@bp.get("/checkout/complete")
def complete():
    confirm_payment(request.args["session_id"])
    target = resolve_return(request.cookies.get("return_to"), url_for("orders.list_orders"))
    return redirect(target)  # cg-expect: CWE-601
