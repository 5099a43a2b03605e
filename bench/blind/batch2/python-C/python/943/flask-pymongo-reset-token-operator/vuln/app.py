from flask import Flask, jsonify, request

from users import consume_reset_token, start_reset

app = Flask(__name__)


@app.post("/api/password/forgot")
def forgot():
    body = request.get_json(silent=True) or {}
    start_reset(str(body.get("email", "")).lower())
    return jsonify(message="If the account exists, a reset link was sent.")


@app.post("/api/password/reset")
def reset():
    body = request.get_json(silent=True) or {}
    new_password = str(body.get("new_password", ""))
    if len(new_password) < 12:
        return jsonify(error="password too short"), 400
    if not consume_reset_token(body.get("token"), new_password):
        return jsonify(error="invalid or expired token"), 400
    return jsonify(ok=True)
