from flask import Flask, request, jsonify
from validators import is_valid_email

app = Flask(__name__)


@app.post("/newsletter")
def subscribe():
    email = (request.get_json(silent=True) or {}).get("email", "")
    if not is_valid_email(email):
        return jsonify(error="invalid email"), 400
    return jsonify(subscribed=email)
