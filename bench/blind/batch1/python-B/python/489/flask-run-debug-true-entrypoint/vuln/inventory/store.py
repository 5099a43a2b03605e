import sqlite3


class Store:
    def __init__(self, path: str):
        self.path = path

    def list_items(self, location: str | None):
        with sqlite3.connect(self.path) as conn:
            if location:
                rows = conn.execute("SELECT sku, name, qty FROM items WHERE location = ?", (location,))
            else:
                rows = conn.execute("SELECT sku, name, qty FROM items")
            return [{"sku": s, "name": n, "qty": q} for s, n, q in rows]

    def adjust(self, sku: str, delta: int) -> int:
        with sqlite3.connect(self.path) as conn:
            conn.execute("UPDATE items SET qty = qty + ? WHERE sku = ?", (delta, sku))
            return conn.execute("SELECT qty FROM items WHERE sku = ?", (sku,)).fetchone()[0]
