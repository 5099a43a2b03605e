import random
import secrets
import time

import bcrypt

_SESSIONS: dict[str, dict] = {}
_USERS: dict[str, dict] = {}  # loaded from the users table at startup


async def verify_user(username: str, password: str):
    user = _USERS.get(username)
    if user and bcrypt.checkpw(password.encode(), user["hash"]):
        return user["id"]
    return None


async def create_session(user_id: int) -> str:
    sid = "%032x" % random.getrandbits(128)  # cg-expect: CWE-330
    _SESSIONS[sid] = {"user_id": user_id, "created": time.time()}
    return sid
