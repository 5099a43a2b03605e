from flask import Flask, request, jsonify
from calc import evaluate

app = Flask(__name__)


@app.get("/calc")
def calc():
    expr = request.args.get("expr", "")
    try:
        return jsonify(result=evaluate(expr))
    except Exception:
        return jsonify(error="could not evaluate"), 400
