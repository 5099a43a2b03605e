async def get_avatar_url(pool, user_id: int):
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT avatar_url FROM profiles WHERE user_id = $1", user_id)
