import os

import redis.asyncio as redis

_redis = redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


async def revoke_session(session_id: str) -> None:
    await _redis.delete(f"session:{session_id}")
