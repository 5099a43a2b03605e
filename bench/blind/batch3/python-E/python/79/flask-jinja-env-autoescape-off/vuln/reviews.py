import sqlite3

def reviews_for(pid: int) -> list:
    with sqlite3.connect("/var/lib/shop/reviews.db") as conn:
        conn.row_factory = sqlite3.Row
        rows = conn.execute("SELECT author, text, stars FROM reviews WHERE product_id = ? ORDER BY id DESC", (pid,)).fetchall()
    return [dict(r) for r in rows]
