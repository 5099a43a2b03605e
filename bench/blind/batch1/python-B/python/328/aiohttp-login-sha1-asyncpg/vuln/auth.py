import hashlib
import hmac

import asyncpg


class PasswordAuthenticator:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @staticmethod
    def fingerprint(password: str, username: str) -> str:
        # username acts as the salt so the same password differs between users
        material = f"{username.lower()}:{password}".encode("utf-8")
        return hashlib.sha1(material).hexdigest()  # cg-expect: CWE-328

    async def register(self, username: str, password: str) -> int:
        async with self.pool.acquire() as conn:
            return await conn.fetchval(
                "INSERT INTO operators (username, pw) VALUES ($1, $2) RETURNING id",
                username, self.fingerprint(password, username),
            )

    async def check(self, username: str, password: str) -> int | None:
        async with self.pool.acquire() as conn:
            row = await conn.fetchrow("SELECT id, pw FROM operators WHERE username = $1", username)
        if row and hmac.compare_digest(row["pw"], self.fingerprint(password, username)):
            return row["id"]
        return None
