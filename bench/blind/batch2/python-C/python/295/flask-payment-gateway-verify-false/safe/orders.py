import sqlite3
import uuid


def create_order(amount_cents: int, currency: str, payment_ref: str) -> str:
    order_id = uuid.uuid4().hex
    with sqlite3.connect("orders.db") as conn:
        conn.execute(
            "INSERT INTO orders (id, amount_cents, currency, payment_ref) VALUES (?, ?, ?, ?)",
            (order_id, amount_cents, currency, payment_ref),
        )
    return order_id


def order_count() -> int:
    with sqlite3.connect("orders.db") as conn:
        return conn.execute("SELECT COUNT(*) FROM orders").fetchone()[0]
