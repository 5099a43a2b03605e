from flask import Flask, request, session, jsonify

from promos import lookup_promo

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.post("/cart/apply-promo")
def apply_promo():
    code = request.cookies.get("promo", "")
    promo = lookup_promo(code)
    if promo is not None:
        session["discount_pct"] = promo["pct"]
    return jsonify(discount=session.get("discount_pct", 0))


@app.get("/cart/total")
def total():
    subtotal = float(request.args.get("subtotal", "0"))
    return jsonify(total=round(subtotal * (100 - session.get("discount_pct", 0)) / 100, 2))
