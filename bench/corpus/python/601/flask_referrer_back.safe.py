from flask import Flask, redirect, request

from .cart import cart_service

app = Flask(__name__)


@app.route("/cart/add", methods=["POST"])
def add_to_cart():
    item = request.form.get("item")
    cart_service.add(item)
    back = request.form.get("return_url") or "/cart"
    if not back.startswith("/") or back[1:2] in ("/", "\\"):
        back = "/cart"
    return redirect(back, code=303)
