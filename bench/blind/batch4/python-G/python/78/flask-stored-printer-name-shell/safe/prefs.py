import sqlite3


def save_printer(uid: int, name: str) -> None:
    with sqlite3.connect("prefs.db") as db:
        db.execute("REPLACE INTO prefs (uid, printer) VALUES (?, ?)", (uid, name))


def load_printer(uid: int) -> str:
    with sqlite3.connect("prefs.db") as db:
        row = db.execute("SELECT printer FROM prefs WHERE uid = ?", (uid,)).fetchone()
    return row[0] if row else "default"
