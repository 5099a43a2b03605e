import secrets
import sqlite3

from werkzeug.security import check_password_hash


def check_login(email: str, password: str):
    with sqlite3.connect("app.db") as conn:
        row = conn.execute("SELECT id, password_hash FROM users WHERE email = ?", (email,)).fetchone()
    if row and check_password_hash(row[1], password):
        return {"id": row[0]}
    return None


def new_remember_token(user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    with sqlite3.connect("app.db") as conn:
        conn.execute("INSERT INTO remember_tokens (user_id, token) VALUES (?, ?)", (user_id, token))
    return token
