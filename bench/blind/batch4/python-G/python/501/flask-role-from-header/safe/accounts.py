import sqlite3
from werkzeug.security import check_password_hash


def check_login(username, password):
    with sqlite3.connect("app.db") as db:
        row = db.execute("SELECT id, pw FROM users WHERE name = ?", (username,)).fetchone()
    if row and check_password_hash(row[1], password):
        return {"id": row[0]}
    return None


def role_for(user_id):
    with sqlite3.connect("app.db") as db:
        row = db.execute("SELECT role FROM users WHERE id = ?", (user_id,)).fetchone()
    return row[0] if row else "viewer"
