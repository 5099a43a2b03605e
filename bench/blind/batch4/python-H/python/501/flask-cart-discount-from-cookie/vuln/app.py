from flask import Flask, request, session, jsonify

from promos import lookup_promo

app = Flask(__name__)
app.secret_key = __import__("os").environ["FLASK_SECRET"]


@app.post("/cart/apply-promo")
def apply_promo():
    code = request.cookies.get("promo", "")
    if code.isalnum():
        session["discount_pct"] = int(request.cookies.get("promo_pct", "0"))  # cg-expect: CWE-501
    return jsonify(discount=session.get("discount_pct", 0))


@app.get("/cart/total")
def total():
    subtotal = float(request.args.get("subtotal", "0"))
    return jsonify(total=round(subtotal * (100 - session.get("discount_pct", 0)) / 100, 2))
