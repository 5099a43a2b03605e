import sqlite3

from werkzeug.security import check_password_hash


def verify_credentials(username: str, password: str):
    with sqlite3.connect("app.db") as conn:
        row = conn.execute(
            "SELECT id, role, password_hash FROM users WHERE username = ?", (username,)
        ).fetchone()
    if row and check_password_hash(row[2], password):
        return {"id": row[0], "role": row[1]}
    return None
