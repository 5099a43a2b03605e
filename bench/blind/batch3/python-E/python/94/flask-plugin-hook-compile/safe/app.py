from flask import Flask, request, jsonify
from rules import RuleEngine

app = Flask(__name__)
engine = RuleEngine()

@app.post("/rules/test")
def test_rule():
    rule = request.form["hook"]
    sample = {"amount": float(request.form.get("amount", 0)), "country": request.form.get("country", "US")}
    try:
        return jsonify({"matched": engine.evaluate(rule, sample)})
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 400
