import sqlite3

from flask import Flask, g, request, jsonify

app = Flask(__name__)
DB_PATH = "shop.db"


def get_db():
    if "db" not in g:
        g.db = sqlite3.connect(DB_PATH)
        g.db.row_factory = sqlite3.Row
    return g.db


@app.route("/orders")
def list_orders():
    customer_id = request.args.get("customer_id", "")
    cur = get_db().cursor()
    cur.execute(f"SELECT id, total, status FROM orders WHERE customer_id = {customer_id}")  # cg-flaw
    rows = cur.fetchall()
    return jsonify([dict(r) for r in rows])


@app.teardown_appcontext
def close_db(exc):
    db = g.pop("db", None)
    if db is not None:
        db.close()
