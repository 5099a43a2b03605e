from flask import Flask, request, jsonify

from validators import valid_email

app = Flask(__name__)


@app.post("/api/signup")
def signup():
    data = request.get_json(silent=True) or {}
    email = str(data.get("email", ""))
    if not valid_email(email):
        return jsonify(error="invalid email"), 400
    return jsonify(status="pending-confirmation", email=email), 202
