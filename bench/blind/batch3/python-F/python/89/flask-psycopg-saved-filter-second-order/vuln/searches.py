import os

import psycopg2

_conn = psycopg2.connect(os.environ["DATABASE_URL"])


def save_search(user_id: int, label: str) -> int:
    with _conn, _conn.cursor() as cur:
        cur.execute(
            "INSERT INTO saved_searches (user_id, label) VALUES (%s, %s) RETURNING id", (user_id, label)
        )
        return cur.fetchone()[0]


def run_saved_search(user_id: int, search_id: int) -> list:
    with _conn, _conn.cursor() as cur:
        cur.execute("SELECT label FROM saved_searches WHERE id = %s AND user_id = %s", (search_id, user_id))
        row = cur.fetchone()
        if row is None:
            return []
        label = row[0]
        cur.execute("SELECT id, title FROM tickets WHERE owner_id = %s AND label = '" % user_id + label + "'")  # cg-expect: CWE-89
        return [{"id": r[0], "title": r[1]} for r in cur.fetchall()]
