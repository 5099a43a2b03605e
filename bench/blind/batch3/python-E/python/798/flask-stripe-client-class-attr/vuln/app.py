from flask import Flask, request, jsonify
from payments import PaymentsClient

app = Flask(__name__)
client = PaymentsClient()

@app.post("/donate")
def donate():
    amount = int(request.form["amount_cents"])
    charge = client.charge(amount, request.form["payment_method"])
    return jsonify({"charge_id": charge["id"]})
