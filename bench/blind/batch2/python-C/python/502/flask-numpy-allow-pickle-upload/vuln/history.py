import sqlite3
from datetime import datetime, timezone


def record_run(rows: int, mean_score: float) -> None:
    with sqlite3.connect("scoring.db") as conn:
        conn.execute(
            "INSERT INTO runs (created, rows, mean_score) VALUES (?, ?, ?)",
            (datetime.now(timezone.utc).isoformat(), rows, mean_score),
        )
