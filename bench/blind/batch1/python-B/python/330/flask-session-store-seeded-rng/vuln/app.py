import os

from flask import Flask, jsonify, request, session

from session_store import RedisSessionInterface
from users import verify

app = Flask(__name__)
app.session_interface = RedisSessionInterface(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


@app.post("/login")
def login():
    user = verify(request.form.get("email", ""), request.form.get("password", ""))
    if user is None:
        return jsonify(error="invalid credentials"), 401
    session["uid"] = user.id
    return jsonify(ok=True)


@app.get("/me")
def me():
    if "uid" not in session:
        return jsonify(error="not logged in"), 401
    return jsonify(uid=session["uid"])
