import sqlite3

def load_saved_filter(sid: int):
    with sqlite3.connect("/var/lib/reports/saved.db") as conn:
        row = conn.execute("SELECT region FROM saved_filters WHERE id = ?", (sid,)).fetchone()
    return {"region": row[0]} if row else None
