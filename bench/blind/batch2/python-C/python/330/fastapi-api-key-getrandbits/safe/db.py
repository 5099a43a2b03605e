import asyncpg


async def insert_key(user_id: int, label: str, scopes: str, digest: str) -> int:
    conn = await asyncpg.connect("postgresql://api@db/api")
    try:
        return await conn.fetchval(
            "INSERT INTO api_keys (user_id, label, scopes, digest) VALUES ($1, $2, $3, $4) RETURNING id",
            user_id, label, scopes, digest,
        )
    finally:
        await conn.close()
