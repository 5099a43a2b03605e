import psycopg
from werkzeug.security import generate_password_hash


class AccountRepository:
    def __init__(self, dsn: str):
        self.dsn = dsn

    def create(self, username: str, password: str) -> int:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute(
                "INSERT INTO accounts (username, password_hash) VALUES (%s, %s) RETURNING id",
                (username, generate_password_hash(password)),
            ).fetchone()
            return row[0]

    def username_for(self, account_id: int) -> str:
        with psycopg.connect(self.dsn) as conn:
            row = conn.execute("SELECT username FROM accounts WHERE id = %s", (account_id,)).fetchone()
            return row[0]

    def activity_for(self, username: str, limit: int = 100) -> list[tuple]:
        query = (
            "SELECT happened_at, action, detail FROM audit_log "
            f"WHERE actor = '{username}' ORDER BY happened_at DESC LIMIT {int(limit)}"
        )
        with psycopg.connect(self.dsn) as conn:
            with conn.cursor() as cur:
                cur.execute(query)  # cg-expect: CWE-89
                return cur.fetchall()
