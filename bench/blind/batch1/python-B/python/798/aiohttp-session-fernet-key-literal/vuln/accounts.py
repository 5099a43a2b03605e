import bcrypt
from aiohttp import web


async def check_login(app: web.Application, username: str, password: str) -> dict | None:
    async with app["pool"].acquire() as conn:
        row = await conn.fetchrow(
            "SELECT id, password_hash, is_admin FROM staff WHERE username = $1 AND active", username
        )
    if row is None:
        return None
    if not bcrypt.checkpw(password.encode(), row["password_hash"].encode()):
        return None
    return dict(row)
