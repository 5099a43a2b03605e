from flask import Flask, jsonify, make_response, request

from auth import authenticate, issue_remember_token

app = Flask(__name__)

THIRTY_DAYS = 30 * 24 * 3600


@app.post("/login")
def login():
    user = authenticate(request.form["email"], request.form["password"])
    if user is None:
        return jsonify(error="invalid credentials"), 401
    resp = make_response(jsonify(ok=True, user=user["email"]))
    if request.form.get("remember") == "on":
        token = issue_remember_token(user["id"])
        resp.set_cookie("remember_token", token, max_age=THIRTY_DAYS, secure=True, httponly=True, samesite="Lax")
    return resp
