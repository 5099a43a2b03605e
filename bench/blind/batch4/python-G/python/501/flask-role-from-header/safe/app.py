import os
from flask import Flask, request, session, jsonify, abort
from accounts import check_login, role_for

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.post("/login")
def login():
    user = check_login(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        abort(401)
    session["uid"] = user["id"]
    session["role"] = role_for(user["id"])
    return jsonify(ok=True)


@app.delete("/admin/users/<int:uid>")
def delete_user(uid):
    if session.get("role") != "admin":
        abort(403)
    return jsonify(deleted=uid)
