from flask import Flask, jsonify, request

from rules import DiscountEngine
from store import load_rule, save_rule

app = Flask(__name__)
engine = DiscountEngine()


@app.put("/merchants/<int:merchant_id>/discount-rule")
def put_rule(merchant_id):
    rule = str((request.get_json(silent=True) or {}).get("rule", ""))[:300]
    save_rule(merchant_id, rule)
    return jsonify(saved=True)


@app.post("/merchants/<int:merchant_id>/checkout")
def checkout(merchant_id):
    cart = request.get_json(force=True)
    subtotal = float(cart["subtotal"])
    rule = load_rule(merchant_id)
    discount = engine.apply(rule, subtotal=subtotal, items=int(cart.get("items", 1))) if rule else 0.0
    return jsonify(subtotal=subtotal, discount=discount, total=round(subtotal - discount, 2))
