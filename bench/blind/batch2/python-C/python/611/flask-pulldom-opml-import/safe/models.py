import sqlite3


def save_feeds(user_id: int, feeds: list[dict]) -> int:
    with sqlite3.connect("reader.db") as conn:
        conn.executemany(
            "INSERT OR IGNORE INTO subscriptions (user_id, title, url) VALUES (?, ?, ?)",
            [(user_id, f["title"], f["url"]) for f in feeds],
        )
        return conn.total_changes
