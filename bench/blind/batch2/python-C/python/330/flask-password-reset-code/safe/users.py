import sqlite3


def find_user_by_email(email: str):
    with sqlite3.connect("app.db") as conn:
        conn.row_factory = sqlite3.Row
        row = conn.execute("SELECT id, email FROM users WHERE email = ?", (email,)).fetchone()
        return dict(row) if row else None
