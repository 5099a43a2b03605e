import os
from flask import Flask, request, session, jsonify
from promos import lookup_promo
from billing import price_cart

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]

@app.post("/cart/promo")
def apply_promo():
    body = request.get_json()
    promo = lookup_promo(body.get("code", ""))
    if promo is None:
        return jsonify({"error": "unknown code"}), 404
    session["discount_pct"] = int(body.get("discount_pct", promo["pct"]))  # cg-expect: CWE-501
    return jsonify({"applied": promo["code"]})

@app.post("/cart/checkout")
def checkout():
    total = price_cart(session.get("cart", {}), session.get("discount_pct", 0))
    return jsonify({"total": total})
