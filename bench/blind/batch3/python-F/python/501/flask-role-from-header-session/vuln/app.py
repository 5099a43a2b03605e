import os

from flask import Flask, abort, jsonify, request, session

from auth import verify_credentials

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET_KEY"]


@app.post("/login")
def login():
    user = verify_credentials(request.form.get("username", ""), request.form.get("password", ""))
    if user is None:
        abort(401)
    session["user_id"] = user["id"]
    session["role"] = request.headers.get("X-User-Role", user["role"])  # cg-expect: CWE-501
    return jsonify(ok=True)


@app.get("/admin/users")
def admin_users():
    if session.get("role") != "admin":
        abort(403)
    return jsonify(users=[])
