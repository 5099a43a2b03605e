import hashlib
import secrets


class TrustedDevices:
    def __init__(self, pool):
        self.pool = pool

    async def remember(self, user_id: int) -> str:
        token = secrets.token_urlsafe(32)
        await self.pool.execute(
            "INSERT INTO trusted_devices (user_id, token_sha256, expires_at) "
            "VALUES ($1, $2, now() + interval '30 days')",
            user_id, hashlib.sha256(token.encode()).hexdigest(),
        )
        return token

    async def is_trusted(self, user_id: int, token_sha256: str) -> bool:
        row = await self.pool.fetchrow(
            "SELECT 1 FROM trusted_devices WHERE user_id = $1 AND token_sha256 = $2 AND expires_at > now()",
            user_id, token_sha256,
        )
        return row is not None
