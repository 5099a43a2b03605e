import secrets

from passlib.hash import argon2

SESSIONS: dict[str, int] = {}
USERS = {"ops@example.org": (3, argon2.hash("change-me-on-first-login"))}


async def verify(email: str, password: str):
    rec = USERS.get(email)
    if rec and argon2.verify(password, rec[1]):
        return rec[0]
    return None


def create_session(user_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    SESSIONS[sid] = user_id
    return sid
