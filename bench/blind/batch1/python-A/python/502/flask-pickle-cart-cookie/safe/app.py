from flask import Flask, jsonify, make_response, request

from cart import load_cart, dump_cart

app = Flask(__name__)
COOKIE = "cart"


@app.get("/cart")
def view_cart():
    cart = load_cart(request.cookies.get(COOKIE))
    return jsonify({"items": cart.items, "total_cents": cart.total_cents()})


@app.post("/cart/items")
def add_item():
    data = request.get_json(force=True)
    cart = load_cart(request.cookies.get(COOKIE))
    try:
        cart.add(str(data["sku"]), int(data.get("qty", 1)))
    except KeyError:
        return jsonify({"error": "unknown sku"}), 404
    resp = make_response(jsonify({"count": len(cart.items)}))
    resp.set_cookie(COOKIE, dump_cart(cart), max_age=7 * 24 * 3600, samesite="Lax", secure=True, httponly=True)
    return resp
