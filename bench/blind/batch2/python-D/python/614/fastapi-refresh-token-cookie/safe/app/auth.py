import secrets
from datetime import datetime, timedelta, timezone

import jwt

from .config import settings
from .db import refresh_tokens, users


async def authenticate(username: str, password: str):
    return await users.verify(username, password)


async def create_refresh_token(user_id: int) -> str:
    token = secrets.token_urlsafe(48)
    await refresh_tokens.store(user_id, token, datetime.now(timezone.utc) + timedelta(days=30))
    return token


def create_access_token(user_id: int) -> str:
    now = datetime.now(timezone.utc)
    return jwt.encode({"sub": str(user_id), "exp": now + timedelta(minutes=15)}, settings.jwt_secret, algorithm="HS256")
