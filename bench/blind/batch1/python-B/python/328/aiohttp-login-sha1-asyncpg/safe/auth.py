import asyncio

import asyncpg
import bcrypt


class PasswordAuthenticator:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    @staticmethod
    def fingerprint(password: str, username: str) -> str:
        # bcrypt generates and embeds its own random salt; username is not needed
        material = password.encode("utf-8")
        return bcrypt.hashpw(material, bcrypt.gensalt(rounds=12)).decode("ascii")

    async def register(self, username: str, password: str) -> int:
        digest = await asyncio.to_thread(self.fingerprint, password, username)
        async with self.pool.acquire() as conn:
            return await conn.fetchval(
                "INSERT INTO operators (username, pw) VALUES ($1, $2) RETURNING id",
                username, digest,
            )

    async def check(self, username: str, password: str) -> int | None:
        async with self.pool.acquire() as conn:
            row = await conn.fetchrow("SELECT id, pw FROM operators WHERE username = $1", username)
        if row is None:
            return None
        ok = await asyncio.to_thread(bcrypt.checkpw, password.encode("utf-8"), row["pw"].encode("ascii"))
        return row["id"] if ok else None
