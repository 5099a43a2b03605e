import json

import bcrypt


class SessionStore:
    def __init__(self, redis):
        self.redis = redis

    async def put(self, sid: str, data: dict, ttl: int) -> None:
        await self.redis.set(f"session:{sid}", json.dumps(data), ex=ttl)

    async def get(self, sid: str) -> dict | None:
        raw = await self.redis.get(f"session:{sid}")
        return json.loads(raw) if raw else None

    async def drop(self, sid: str) -> None:
        await self.redis.delete(f"session:{sid}")


async def check_password(pool, email: str, password: str):
    row = await pool.fetchrow("SELECT id, password_hash FROM users WHERE email = $1", email.lower())
    if row and bcrypt.checkpw(password.encode(), row["password_hash"].encode()):
        return row
    return None
