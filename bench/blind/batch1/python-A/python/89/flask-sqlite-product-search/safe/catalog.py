import sqlite3

from flask import current_app, g


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


def search_products(term: str, category, limit: int, offset: int) -> list[dict]:
    sql = "SELECT id, name, price_cents FROM products WHERE name LIKE ?"
    params: list = [f"%{term}%"]
    if category is not None:
        sql += " AND category_id = ?"
        params.append(category)
    sql += " ORDER BY name LIMIT ? OFFSET ?"
    params += [limit, offset]
    cur = get_db().execute(sql, params)
    return [dict(row) for row in cur.fetchall()]
