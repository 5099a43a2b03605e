import sqlite3
from datetime import datetime, timezone

DB_PATH = "newsletter.db"


def add_subscriber(email: str) -> bool:
    now = datetime.now(timezone.utc).isoformat()
    with sqlite3.connect(DB_PATH) as conn:
        cur = conn.execute(
            "INSERT OR IGNORE INTO subscribers (email, subscribed_at) VALUES (?, ?)",
            (email.lower(), now),
        )
        return cur.rowcount == 1


def count_subscribers() -> int:
    with sqlite3.connect(DB_PATH) as conn:
        (n,) = conn.execute("SELECT COUNT(*) FROM subscribers").fetchone()
        return n
