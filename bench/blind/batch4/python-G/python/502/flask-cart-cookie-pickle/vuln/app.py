from flask import Flask, request, jsonify, make_response
from cart import load_cart, dump_cart

app = Flask(__name__)


@app.post("/cart/add")
def add_item():
    cart = load_cart(request.cookies.get("cart"))
    sku = request.form.get("sku", "")
    cart[sku] = cart.get(sku, 0) + 1
    resp = make_response(jsonify(cart))
    resp.set_cookie("cart", dump_cart(cart), secure=True, httponly=True, samesite="Lax")
    return resp
