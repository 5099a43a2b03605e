import os
from flask import Flask, request, session, abort, jsonify
from users import load_user

app = Flask(__name__)
app.secret_key = os.environ["FLASK_SECRET"]

@app.post("/session/start")
def start():
    user = load_user(request.form["username"], request.form["password"])
    if user is None:
        abort(401)
    session["uid"] = user["id"]
    session["role"] = request.headers.get("X-User-Role", user["role"])  # cg-expect: CWE-501
    return jsonify({"ok": True})

@app.get("/admin/stats")
def stats():
    if session.get("role") != "admin":
        abort(403)
    return jsonify({"users": 42})
