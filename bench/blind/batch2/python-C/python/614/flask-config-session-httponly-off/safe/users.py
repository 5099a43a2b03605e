import sqlite3


def get_user(username: str):
    with sqlite3.connect("app.db") as conn:
        row = conn.execute("SELECT id, pw FROM users WHERE username = ?", (username,)).fetchone()
    return {"id": row[0], "pw": row[1]} if row else None
