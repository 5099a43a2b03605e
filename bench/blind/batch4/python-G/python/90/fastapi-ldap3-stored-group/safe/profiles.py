import sqlite3


def get_team(user_id: int):
    with sqlite3.connect("profiles.db") as db:
        row = db.execute("SELECT team FROM profiles WHERE user_id = ?", (user_id,)).fetchone()
    return row[0] if row else None
