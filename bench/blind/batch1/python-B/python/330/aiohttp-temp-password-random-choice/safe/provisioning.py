import random
import string

import bcrypt

UPPER, LOWER, DIGITS, SYMBOLS = string.ascii_uppercase, string.ascii_lowercase, string.digits, "!@#$%^&*"


_sysrand = random.SystemRandom()


def _meets_policy(pw: str) -> bool:
    return all(any(c in group for c in pw) for group in (UPPER, LOWER, DIGITS, SYMBOLS))


def temporary_password(length: int = 14) -> str:
    alphabet = UPPER + LOWER + DIGITS + SYMBOLS
    while True:
        candidate = "".join(_sysrand.choice(alphabet) for _ in range(length))
        if _meets_policy(candidate):
            return candidate


async def provision_user(pool, email: str, team_id: int) -> str:
    password = temporary_password()
    digest = bcrypt.hashpw(password.encode(), bcrypt.gensalt()).decode()
    async with pool.acquire() as conn:
        await conn.execute(
            "INSERT INTO users (email, team_id, password_hash, must_change_password) "
            "VALUES ($1, $2, $3, TRUE)",
            email, team_id, digest,
        )
    return password
