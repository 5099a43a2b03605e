import sqlite3

def _conn():
    return sqlite3.connect("/var/lib/shop/shop.db")

def find_orders(status: str):
    with _conn() as conn:
        cur = conn.cursor()
        cur.execute(f"SELECT id, total, status FROM orders WHERE status = '{status}' ORDER BY id")  # cg-expect: CWE-89
        return [dict(zip(("id", "total", "status"), row)) for row in cur.fetchall()]
