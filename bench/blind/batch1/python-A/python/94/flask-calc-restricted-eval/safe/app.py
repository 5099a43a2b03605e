import math

from flask import Flask, jsonify, request

from evaluator import evaluate

app = Flask(__name__)


@app.get("/api/calc")
def calc():
    expr = request.args.get("expr", "")
    if len(expr) > 200:
        return jsonify({"error": "expression too long"}), 400
    try:
        value = evaluate(expr, {"pi": math.pi, "e": math.e})
    except Exception as exc:  # noqa: BLE001 - report any evaluation error to the client
        return jsonify({"error": str(exc)}), 422
    return jsonify({"expr": expr, "value": value})
