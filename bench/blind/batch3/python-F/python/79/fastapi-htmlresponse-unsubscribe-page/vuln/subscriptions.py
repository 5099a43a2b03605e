import asyncpg

_pool = None


async def unsubscribe(email: str, list_id: int) -> bool:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn="postgresql://newsletter@localhost/newsletter")
    result = await _pool.execute(
        "DELETE FROM subscribers WHERE email = $1 AND list_id = $2", email, list_id
    )
    return result != "DELETE 0"
