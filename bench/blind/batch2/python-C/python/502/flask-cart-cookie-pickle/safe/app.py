from flask import Flask, jsonify, make_response, request

from cart import decode_cart, encode_cart

app = Flask(__name__)


@app.get("/cart")
def view_cart():
    cart = decode_cart(request.cookies.get("cart"))
    return jsonify(items=cart, count=sum(cart.values()))


@app.post("/cart/<sku>")
def add_to_cart(sku):
    cart = decode_cart(request.cookies.get("cart"))
    cart[sku] = cart.get(sku, 0) + 1
    resp = make_response(jsonify(items=cart))
    resp.set_cookie("cart", encode_cart(cart), max_age=7 * 24 * 3600, samesite="Lax")
    return resp
