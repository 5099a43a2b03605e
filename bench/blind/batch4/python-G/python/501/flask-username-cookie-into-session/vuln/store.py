import sqlite3


def user_for_uid(uid: int) -> str:
    with sqlite3.connect("shop.db") as db:
        row = db.execute("SELECT username FROM users WHERE id = ?", (uid,)).fetchone()
    return row[0] if row else ""


def orders_for(username: str) -> list[dict]:
    with sqlite3.connect("shop.db") as db:
        rows = db.execute("SELECT id, total FROM orders WHERE username = ?", (username,)).fetchall()
    return [{"id": r[0], "total": r[1]} for r in rows]
