from flask import Flask, request, make_response, jsonify

from auth import check_credentials, new_remember_token

app = Flask(__name__)


@app.post("/login")
def login():
    user = check_credentials(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        return jsonify(error="invalid"), 401
    resp = make_response(jsonify(ok=True))
    if request.form.get("remember") == "on":
        resp.set_cookie("remember_token", new_remember_token(user), max_age=30 * 86400, secure=True, httponly=True, samesite="Lax")
    return resp
