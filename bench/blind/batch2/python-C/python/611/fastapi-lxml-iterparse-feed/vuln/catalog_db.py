import sqlite3

_conn = sqlite3.connect("catalog.db", check_same_thread=False)


def upsert_product(sku, title, description, price):
    _conn.execute(
        "INSERT INTO products (sku, title, description, price) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(sku) DO UPDATE SET title = excluded.title, description = excluded.description, price = excluded.price",
        (sku, title, description, price),
    )
    _conn.commit()
