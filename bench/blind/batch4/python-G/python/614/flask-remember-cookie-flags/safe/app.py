import os
from flask import Flask, request, jsonify, make_response
from auth import verify_user, create_remember_token

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
app.config.update(SESSION_COOKIE_SECURE=True, SESSION_COOKIE_HTTPONLY=True)


@app.post("/login")
def login():
    data = request.get_json(silent=True) or {}
    user = verify_user(data.get("email", ""), data.get("password", ""))
    if user is None:
        return jsonify(error="invalid"), 401
    resp = make_response(jsonify(ok=True))
    if data.get("remember"):
        token = create_remember_token(user)
        resp.set_cookie("remember_token", token, max_age=30 * 86400, httponly=True, secure=True, samesite="Lax")
    return resp
