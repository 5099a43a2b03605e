import os

from flask import Flask, g, jsonify, make_response, request

from remember import seal, unseal
from users import check_login

app = Flask(__name__)
app.config["REMEMBER_KEY_HEX"] = os.environ["REMEMBER_KEY_HEX"]


@app.before_request
def load_user():
    token = request.cookies.get("remember")
    g.claims = unseal(token) if token else None


@app.post("/login")
def login():
    user = check_login(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        return jsonify(error="invalid"), 401
    resp = make_response(jsonify(ok=True))
    resp.set_cookie("remember", seal(user.id, user.role), max_age=30 * 86400,
                    secure=True, httponly=True, samesite="Lax")
    return resp


@app.get("/admin/report")
def admin_report():
    if not g.claims or g.claims.get("role") != "admin":
        return jsonify(error="forbidden"), 403
    return jsonify(report="...")
