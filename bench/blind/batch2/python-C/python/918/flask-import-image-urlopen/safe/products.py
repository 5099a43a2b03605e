import sqlite3

from flask import Blueprint, abort, jsonify

bp = Blueprint("products", __name__)


@bp.get("/products/<int:product_id>")
def product(product_id):
    with sqlite3.connect("shop.db") as conn:
        row = conn.execute("SELECT id, name, price FROM products WHERE id = ?", (product_id,)).fetchone()
    if row is None:
        abort(404)
    return jsonify(id=row[0], name=row[1], price=row[2])
