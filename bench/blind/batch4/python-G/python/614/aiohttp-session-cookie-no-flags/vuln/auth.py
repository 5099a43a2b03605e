import secrets
import bcrypt

USERS: dict[str, tuple[int, bytes]] = {}
SESSIONS: dict[str, int] = {}


async def check_password(user: str, password: str) -> int | None:
    rec = USERS.get(user)
    if rec and bcrypt.checkpw(password.encode(), rec[1]):
        return rec[0]
    return None


async def new_session(user_id: int) -> str:
    token = secrets.token_urlsafe(32)
    SESSIONS[token] = user_id
    return token
