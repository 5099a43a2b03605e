from flask import Flask, request, jsonify
from giftcards import issue_card

app = Flask(__name__)


@app.post("/giftcards")
def buy_card():
    amount = int(request.form.get("amount", "0"))
    if amount not in (25, 50, 100):
        return jsonify(error="amount"), 400
    return jsonify(code=issue_card(amount)), 201
