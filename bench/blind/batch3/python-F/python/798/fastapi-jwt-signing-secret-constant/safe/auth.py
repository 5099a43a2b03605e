import datetime as dt
import os

import jwt

JWT_SECRET = os.environ["JWT_SECRET"]
ALGORITHM = "HS256"


def issue_token(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(minutes=30)}
    return jwt.encode(claims, JWT_SECRET, algorithm=ALGORITHM)


def decode_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[ALGORITHM])
