import sqlite3

from flask import Blueprint, jsonify, request, session

from passwords import verify_password

bp = Blueprint("login", __name__)


@bp.post("/login")
def login():
    with sqlite3.connect("app.db") as conn:
        row = conn.execute(
            "SELECT id, password_hash FROM users WHERE email = ?", (request.form["email"].lower(),)
        ).fetchone()
    if row is None or not verify_password(row[1], request.form["password"]):
        return jsonify(error="invalid credentials"), 401
    session["uid"] = row[0]
    return jsonify(ok=True)
