import sqlite3

def _conn():
    return sqlite3.connect("/var/lib/shop/shop.db")

def find_orders(status: str):
    with _conn() as conn:
        cur = conn.cursor()
        cur.execute("SELECT id, total, status FROM orders WHERE status = ? ORDER BY id", (status,))
        return [dict(zip(("id", "total", "status"), row)) for row in cur.fetchall()]
