import os
import uuid
from decimal import Decimal

from flask import Flask, jsonify, request

from gateway import GatewayError, PaymentGateway

app = Flask(__name__)
gateway = PaymentGateway(os.environ["GATEWAY_URL"], os.environ["GATEWAY_API_KEY"])


@app.post("/api/donations")
def donate():
    data = request.get_json() or {}
    amount = Decimal(str(data.get("amount", "0")))
    if amount <= 0 or amount > 10000:
        return jsonify(error="invalid amount"), 400
    try:
        charge = gateway.charge(data["card_token"], amount, "EUR", str(uuid.uuid4()))
    except GatewayError as exc:
        return jsonify(error=str(exc)), 402
    return jsonify(charge_id=charge["id"], status=charge["status"]), 201
