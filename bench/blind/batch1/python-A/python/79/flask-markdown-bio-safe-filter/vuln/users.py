import psycopg
from psycopg.rows import dict_row

DSN = "dbname=community user=web"


def find_user(username: str) -> dict | None:
    with psycopg.connect(DSN, row_factory=dict_row) as conn:
        return conn.execute(
            "SELECT username, display_name, bio FROM users WHERE username = %s", (username,)
        ).fetchone()


def update_bio(username: str, bio: str) -> None:
    with psycopg.connect(DSN) as conn:
        conn.execute("UPDATE users SET bio = %s WHERE username = %s", (bio[:4000], username))
