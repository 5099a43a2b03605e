import sqlite3

from flask import Flask, g, jsonify

from orders_xml import orders_for_reference

app = Flask(__name__)


@app.get("/me/orders")
def my_orders():
    with sqlite3.connect("accounts.db") as conn:
        row = conn.execute("SELECT customer_ref FROM accounts WHERE id = ?", (g.user_id,)).fetchone()
    return jsonify(orders=orders_for_reference(row[0]) if row else [])
