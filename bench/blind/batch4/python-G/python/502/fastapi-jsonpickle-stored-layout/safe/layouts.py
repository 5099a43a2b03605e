import json
import sqlite3

import jsonpickle


def save_layout(user: str, blob: str) -> None:
    with sqlite3.connect("dash.db") as db:
        db.execute("REPLACE INTO layouts (user, blob) VALUES (?, ?)", (user, blob))


def load_layout(user: str) -> list:
    with sqlite3.connect("dash.db") as db:
        row = db.execute("SELECT blob FROM layouts WHERE user = ?", (user,)).fetchone()
    if row is None:
        return []
    widgets = json.loads(row[0])
    if not isinstance(widgets, list):
        return []
    return [w for w in widgets if isinstance(w, dict)]
