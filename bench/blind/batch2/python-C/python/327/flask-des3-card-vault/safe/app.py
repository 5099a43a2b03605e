from flask import Flask, jsonify, request

from vault import CardVault

app = Flask(__name__)
vault = CardVault()


@app.post("/vault/cards")
def store_card():
    body = request.get_json(force=True)
    pan = "".join(ch for ch in str(body.get("pan", "")) if ch.isdigit())
    if not 12 <= len(pan) <= 19:
        return jsonify(error="invalid card number"), 400
    token = vault.store(pan, body.get("merchant_id"))
    return jsonify(token=token, last4=pan[-4:]), 201
