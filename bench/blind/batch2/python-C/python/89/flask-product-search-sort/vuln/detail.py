from flask import Blueprint, abort, jsonify
from sqlalchemy import text

from repo import engine

bp = Blueprint("detail", __name__)


@bp.get("/products/<int:product_id>")
def product_detail(product_id):
    with engine.connect() as conn:
        row = conn.execute(text("SELECT id, name, price FROM products WHERE id = :id"), {"id": product_id}).mappings().first()
    if row is None:
        abort(404)
    return jsonify(dict(row))
