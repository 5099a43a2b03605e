from flask import Flask, jsonify, make_response, request

from cart import decode_cart, encode_cart

app = Flask(__name__)


@app.get("/cart")
def view_cart():
    items = decode_cart(request.cookies.get("cart", ""))
    return jsonify(items=items)


@app.post("/cart/add")
def add_item():
    items = decode_cart(request.cookies.get("cart", ""))
    items.append({"sku": request.form["sku"], "qty": int(request.form.get("qty", 1))})
    resp = make_response(jsonify(items=items))
    resp.set_cookie("cart", encode_cart(items), samesite="Lax")
    return resp
