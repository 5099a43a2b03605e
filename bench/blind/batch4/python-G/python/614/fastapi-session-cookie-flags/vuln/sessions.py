import secrets
import time

from passlib.hash import argon2

_USERS = {}  # username -> (user_id, argon2 hash), loaded at startup
_SESSIONS: dict[str, tuple[int, float]] = {}


async def authenticate(username: str, password: str) -> int | None:
    rec = _USERS.get(username)
    if rec and argon2.verify(password, rec[1]):
        return rec[0]
    return None


async def open_session(user_id: int) -> str:
    sid = secrets.token_urlsafe(32)
    _SESSIONS[sid] = (user_id, time.time() + 3600)
    return sid
