import sqlite3


def current_plan(uid: int) -> str:
    with sqlite3.connect("billing.db") as conn:
        row = conn.execute(
            "SELECT plan FROM subscriptions WHERE user_id = ? AND status = 'active' ORDER BY started DESC LIMIT 1",
            (uid,),
        ).fetchone()
    return row[0] if row else "free"
