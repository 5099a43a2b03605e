from flask import Flask, jsonify, make_response, request

from auth import check_login, new_remember_token

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_login(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        return jsonify(error="bad credentials"), 401
    resp = make_response(jsonify(ok=True))
    if request.form.get("remember") == "1":
        token = new_remember_token(user["id"])
        resp.set_cookie(
            "remember_token", token, max_age=60 * 60 * 24 * 30, secure=True, httponly=True, samesite="Lax"
        )
    return resp
