import sqlite3


def _conn():
    conn = sqlite3.connect("app.db")
    conn.row_factory = sqlite3.Row
    return conn


def load_account(uid: int) -> dict:
    with _conn() as conn:
        row = conn.execute("SELECT id, role FROM accounts WHERE id = ?", (uid,)).fetchone()
        return dict(row)


def update_profile(uid: int, display_name: str) -> None:
    with _conn() as conn:
        conn.execute("UPDATE accounts SET display_name = ? WHERE id = ?", (display_name[:80], uid))
