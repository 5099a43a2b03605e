async def role_for(pool, uid) -> str:
    if uid is None:
        return "guest"
    async with pool.acquire() as conn:
        role = await conn.fetchval("SELECT role FROM chat_members WHERE user_id = $1", uid)
    return role or "member"
