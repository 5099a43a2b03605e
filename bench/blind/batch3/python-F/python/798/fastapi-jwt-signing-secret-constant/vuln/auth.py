import datetime as dt
import os

import jwt

JWT_SECRET = "9f2b7c1e4d8a6f3b0e5c7a9d2f4b6e8a1c3d5f7b9e0a2c4d6f8b1e3a5c7d9f0b"  # cg-expect: CWE-798
ALGORITHM = "HS256"


def issue_token(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(minutes=30)}
    return jwt.encode(claims, JWT_SECRET, algorithm=ALGORITHM)


def decode_token(token: str) -> dict:
    return jwt.decode(token, JWT_SECRET, algorithms=[ALGORITHM])
