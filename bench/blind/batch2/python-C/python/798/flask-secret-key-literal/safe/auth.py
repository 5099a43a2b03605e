import sqlite3

from flask import Blueprint, jsonify, request, session
from werkzeug.security import check_password_hash

bp = Blueprint("auth", __name__)


@bp.post("/login")
def login():
    with sqlite3.connect("app.db") as conn:
        row = conn.execute(
            "SELECT id, role, pw FROM users WHERE username = ?", (request.form["username"],)
        ).fetchone()
    if row is None or not check_password_hash(row[2], request.form["password"]):
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session["uid"], session["role"] = row[0], row[1]
    return jsonify(ok=True)
