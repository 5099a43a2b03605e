import sqlite3


def can_impersonate(user_id: int) -> bool:
    with sqlite3.connect("app.db") as conn:
        row = conn.execute("SELECT is_support FROM users WHERE id = ?", (user_id,)).fetchone()
    return bool(row and row[0])
