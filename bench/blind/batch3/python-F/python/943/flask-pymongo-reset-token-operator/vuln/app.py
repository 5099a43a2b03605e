from flask import Flask, jsonify, request

from accounts import reset_password

app = Flask(__name__)


@app.post("/account/reset")
def reset():
    body = request.get_json(silent=True) or {}
    token = body.get("token")
    new_password = body.get("password", "")
    if len(new_password) < 10:
        return jsonify(error="password too short"), 400
    if not reset_password(token, new_password):
        return jsonify(error="invalid or expired token"), 400
    return jsonify(ok=True)
