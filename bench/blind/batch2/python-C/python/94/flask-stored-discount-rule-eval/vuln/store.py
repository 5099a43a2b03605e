import sqlite3

DB = "merchants.db"


def save_rule(merchant_id: int, rule: str) -> None:
    with sqlite3.connect(DB) as conn:
        conn.execute("UPDATE merchants SET discount_rule = ? WHERE id = ?", (rule, merchant_id))


def load_rule(merchant_id: int):
    with sqlite3.connect(DB) as conn:
        row = conn.execute("SELECT discount_rule FROM merchants WHERE id = ?", (merchant_id,)).fetchone()
    return row[0] if row and row[0] else None
