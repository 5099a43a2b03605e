import hashlib
import secrets
import sqlite3

from werkzeug.security import check_password_hash


def authenticate(email: str, password: str):
    with sqlite3.connect("app.db") as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT id, email, pw FROM users WHERE email = ?", (email,)).fetchone()
    if row and check_password_hash(row["pw"], password):
        return dict(row)
    return None


def issue_remember_token(user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    digest = hashlib.sha256(token.encode()).hexdigest()
    with sqlite3.connect("app.db") as conn:
        conn.execute("INSERT INTO remember_tokens (user_id, digest) VALUES (?, ?)", (user_id, digest))
    return token
