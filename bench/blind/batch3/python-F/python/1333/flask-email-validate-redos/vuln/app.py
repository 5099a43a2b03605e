from flask import Flask, jsonify, request

from validators import is_valid_email

app = Flask(__name__)


@app.post("/newsletter/subscribe")
def subscribe():
    email = request.form.get("email", "")
    if not is_valid_email(email):
        return jsonify(error="invalid email"), 400
    return jsonify(ok=True)
