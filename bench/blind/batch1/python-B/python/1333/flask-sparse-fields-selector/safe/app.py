from flask import Flask, jsonify, request

from customers import load_customer
from fieldsets import BadFieldPath, parse_fields, project

app = Flask(__name__)


@app.get("/api/customers/<int:customer_id>")
def get_customer(customer_id: int):
    try:
        paths = parse_fields(request.args.get("fields"))
    except BadFieldPath as exc:
        return jsonify(error=f"invalid field path: {exc}"), 400
    customer = load_customer(customer_id)
    if customer is None:
        return jsonify(error="not found"), 404
    return jsonify(project(customer, paths))
