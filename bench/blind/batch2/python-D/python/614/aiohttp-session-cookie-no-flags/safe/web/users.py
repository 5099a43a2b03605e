import hashlib
import hmac


async def check_password(db, username: str, password: str):
    row = await db.fetchrow("SELECT id, salt, pw_hash FROM users WHERE username = $1", username)
    if row is None:
        return None
    candidate = hashlib.scrypt(password.encode(), salt=bytes(row["salt"]), n=2**14, r=8, p=1)
    if not hmac.compare_digest(candidate, bytes(row["pw_hash"])):
        return None
    return dict(row)
