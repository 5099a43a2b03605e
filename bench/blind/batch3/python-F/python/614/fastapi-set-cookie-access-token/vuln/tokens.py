import datetime as dt
import os

import jwt
from passlib.context import CryptContext

_pwd = CryptContext(schemes=["argon2"])
_USERS = {"bob": {"id": 7, "hash": os.environ.get("BOB_HASH", "")}}


async def authenticate(username: str, password: str):
    user = _USERS.get(username)
    if user and user["hash"] and _pwd.verify(password, user["hash"]):
        return user
    return None


def make_access_token(user: dict) -> str:
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    return jwt.encode({"sub": str(user["id"]), "exp": exp}, os.environ["JWT_SECRET"], algorithm="HS256")
