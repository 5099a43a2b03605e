from flask import Flask, jsonify, request

from gateway import PaymentGateway

app = Flask(__name__)
gateway = PaymentGateway("https://api.payments.example.net/v2")


@app.post("/checkout")
def checkout():
    body = request.get_json(force=True)
    result = gateway.charge(body["card_token"], int(body["amount_cents"]), body.get("currency", "EUR"))
    if not result.get("approved"):
        return jsonify(error="payment declined"), 402
    return jsonify(order=result["reference"])
