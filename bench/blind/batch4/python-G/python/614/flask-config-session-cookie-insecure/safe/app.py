from flask import Flask, session, request, jsonify, abort
from config import Production
from werkzeug.security import check_password_hash

app = Flask(__name__)
app.config.from_object(Production)
USERS: dict[str, str] = {}


@app.post("/login")
def login():
    u, p = request.form.get("u", ""), request.form.get("p", "")
    if u not in USERS or not check_password_hash(USERS[u], p):
        abort(401)
    session.clear()
    session["user"] = u
    return jsonify(ok=True)
