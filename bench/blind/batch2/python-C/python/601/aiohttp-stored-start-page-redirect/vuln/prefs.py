async def get_start_page(pool, user_id: int):
    async with pool.acquire() as conn:
        return await conn.fetchval("SELECT start_page FROM user_prefs WHERE user_id = $1", user_id)


async def save_start_page(pool, user_id: int, url: str) -> None:
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO user_prefs (user_id, start_page) VALUES ($1, $2) "
            "ON CONFLICT (user_id) DO UPDATE SET start_page = EXCLUDED.start_page",
            user_id, url,
        )
