import os

import psycopg2

DB_HOST = os.environ.get("DB_HOST", "localhost")
DB_USER = "billing"
DB_PASSWORD = "Winter-Harbour-2023!"  # cg-expect: CWE-798


def connect():
    return psycopg2.connect(host=DB_HOST, user=DB_USER, password=DB_PASSWORD, dbname="billing")
