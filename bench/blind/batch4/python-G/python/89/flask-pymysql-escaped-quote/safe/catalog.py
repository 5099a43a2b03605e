import os
import pymysql
import pymysql.cursors


def _conn():
    return pymysql.connect(
        host=os.environ["DB_HOST"], user=os.environ["DB_USER"], password=os.environ["DB_PASSWORD"],
        database="shop", cursorclass=pymysql.cursors.DictCursor,
    )


def product_by_code(code: str):
    conn = _conn()
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT id, name, price FROM products WHERE code = %s AND visible = 1", (code,))
            return cur.fetchone()
    finally:
        conn.close()
