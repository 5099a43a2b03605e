from flask import Flask, request, jsonify, session
from auth_store import find_user

app = Flask(__name__)
app.secret_key = __import__("os").environ["SECRET_KEY"]


@app.post("/api/login")
def login():
    body = request.get_json(force=True) or {}
    user = find_user(body.get("username"), body.get("token"))
    if user is None:
        return jsonify(ok=False), 401
    session["uid"] = str(user["_id"])
    return jsonify(ok=True)
