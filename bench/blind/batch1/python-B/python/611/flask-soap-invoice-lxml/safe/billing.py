import sqlite3
from decimal import Decimal

DB_PATH = "billing.db"


def record_invoice(invoice: dict) -> int:
    amount = Decimal(invoice["amount"])
    with sqlite3.connect(DB_PATH) as conn:
        cur = conn.execute(
            "INSERT INTO invoices (customer, amount, currency, memo) VALUES (?, ?, ?, ?)",
            (invoice["customer"], str(amount), invoice["currency"], invoice["memo"]),
        )
        return cur.lastrowid
