import sqlite3

DB = "inventory.db"


def stock_level(sku: str, warehouse: str) -> int:
    with sqlite3.connect(DB) as conn:
        row = conn.execute(
            "SELECT qty FROM stock WHERE sku = ? AND warehouse = ?", (sku, warehouse)
        ).fetchone()
    return row[0] if row else 0
