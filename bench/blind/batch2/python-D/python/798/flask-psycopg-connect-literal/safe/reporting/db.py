import os

import psycopg2
import psycopg2.extras
from flask import g


def get_conn():
    if "report_conn" not in g:
        g.report_conn = psycopg2.connect(
            host="analytics-db.internal",
            dbname="analytics",
            user="report_reader",
            password=os.environ["REPORT_DB_PASSWORD"],
            connect_timeout=5,
            cursor_factory=psycopg2.extras.RealDictCursor,
        )
    return g.report_conn


def close_conn(_exc=None):
    conn = g.pop("report_conn", None)
    if conn is not None:
        conn.close()
