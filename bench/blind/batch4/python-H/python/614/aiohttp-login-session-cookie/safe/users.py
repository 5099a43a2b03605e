from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


async def verify_user(pool, email: str, password: str):
    async with pool.acquire() as conn:
        row = await conn.fetchrow("SELECT id, pw_hash FROM users WHERE email = $1", email)
    if row is None:
        return None
    try:
        _ph.verify(row["pw_hash"], password)
    except VerifyMismatchError:
        return None
    return row["id"]
