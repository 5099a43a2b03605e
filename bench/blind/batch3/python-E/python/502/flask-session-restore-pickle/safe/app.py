from flask import Flask, request, jsonify, make_response
from cart import load_cart, dump_cart

app = Flask(__name__)

@app.post("/cart/add")
def add():
    cart = load_cart(request.cookies.get("cart", ""))
    item = request.form["sku"]
    cart[item] = cart.get(item, 0) + 1
    resp = make_response(jsonify(cart))
    resp.set_cookie("cart", dump_cart(cart), samesite="Lax")
    return resp
