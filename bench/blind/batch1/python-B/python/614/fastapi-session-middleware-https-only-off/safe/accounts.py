import asyncpg
import bcrypt

from settings import DATABASE_URL


async def verify_login(username: str, password: str):
    conn = await asyncpg.connect(DATABASE_URL)
    try:
        row = await conn.fetchrow("SELECT id, pw_hash FROM wiki_users WHERE username = $1", username)
    finally:
        await conn.close()
    if row and bcrypt.checkpw(password.encode(), row["pw_hash"].encode()):
        return row
    return None
