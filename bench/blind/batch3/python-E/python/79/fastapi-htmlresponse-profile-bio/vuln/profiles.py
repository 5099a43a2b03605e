import asyncpg

async def load_profile(username: str) -> dict:
    conn = await asyncpg.connect(dsn="postgresql://app@db/app")
    try:
        row = await conn.fetchrow("SELECT display_name, bio FROM profiles WHERE username = $1", username)
    finally:
        await conn.close()
    return dict(row) if row else {"display_name": "unknown", "bio": ""}
