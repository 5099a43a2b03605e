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
            quoted = code.replace("'", "''")
            cur.execute(f"SELECT id, name, price FROM products WHERE code = '{quoted}' AND visible = 1")  # cg-expect: CWE-89
            return cur.fetchone()
    finally:
        conn.close()
