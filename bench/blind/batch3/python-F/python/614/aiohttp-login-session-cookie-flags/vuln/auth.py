import secrets

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


async def check_password(db, email: str, password: str):
    row = await db.fetchrow("SELECT id, pw_hash FROM users WHERE email = $1", email)
    if row is None:
        return None
    try:
        _ph.verify(row["pw_hash"], password)
    except VerifyMismatchError:
        return None
    return row["id"]


async def new_session(db, user_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    await db.execute("INSERT INTO sessions (id, user_id) VALUES ($1, $2)", sid, user_id)
    return sid
