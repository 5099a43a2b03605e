import os

import psycopg2

_conn = None


def get_conn():
    global _conn
    if _conn is None or _conn.closed:
        _conn = psycopg2.connect(os.environ.get("DATABASE_URL", "dbname=tasks user=tasks host=db"))
    return _conn
