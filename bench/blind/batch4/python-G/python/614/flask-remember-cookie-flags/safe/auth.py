import secrets
import sqlite3
from werkzeug.security import check_password_hash


def verify_user(email, password):
    with sqlite3.connect("app.db") as db:
        row = db.execute("SELECT id, pw_hash FROM users WHERE email = ?", (email,)).fetchone()
    if row and check_password_hash(row[1], password):
        return row[0]
    return None


def create_remember_token(user_id):
    token = secrets.token_urlsafe(32)
    with sqlite3.connect("app.db") as db:
        db.execute("INSERT INTO remember (user_id, token) VALUES (?, ?)", (user_id, token))
    return token
