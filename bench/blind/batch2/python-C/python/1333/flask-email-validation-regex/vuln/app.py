from flask import Flask, jsonify, request

from validators import is_valid_email

app = Flask(__name__)


@app.post("/newsletter/subscribe")
def subscribe():
    body = request.get_json(silent=True) or {}
    email = str(body.get("email", ""))
    if not is_valid_email(email):
        return jsonify(error="invalid email"), 400
    return jsonify(subscribed=email), 201
