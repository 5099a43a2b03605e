import secrets
import time

import bcrypt

_SESSIONS: dict[str, dict] = {}
_USERS: dict[str, dict] = {}


def create_session(uid: int) -> str:
    sid = secrets.token_urlsafe(32)
    _SESSIONS[sid] = {"uid": uid, "created": time.time()}
    return sid


async def verify_user(username: str, password: str):
    user = _USERS.get(username)
    if user and bcrypt.checkpw(password.encode(), user["pw"]):
        return user["id"]
    return None
