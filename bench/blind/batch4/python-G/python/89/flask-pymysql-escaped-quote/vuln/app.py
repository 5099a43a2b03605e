from flask import Flask, request, jsonify
from catalog import product_by_code

app = Flask(__name__)


@app.get("/products/by-code")
def by_code():
    code = request.args.get("code", "")
    row = product_by_code(code)
    return (jsonify(row), 200) if row else (jsonify(error="not found"), 404)
