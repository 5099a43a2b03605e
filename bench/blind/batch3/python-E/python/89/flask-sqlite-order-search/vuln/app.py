from flask import Flask, request, jsonify
from repo import find_orders

app = Flask(__name__)

@app.get("/orders")
def orders():
    status = request.args.get("status", "open")
    return jsonify(find_orders(status))
