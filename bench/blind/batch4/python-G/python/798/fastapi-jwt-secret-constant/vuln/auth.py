import datetime as dt
import os
import jwt

JWT_SECRET = "3f9c1e7a52b84d06a9e2c4b71f85d3e0b6a49c27e18f5d3a"  # cg-expect: CWE-798
ALGO = "HS256"


def make_token(user_id: str) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": user_id, "exp": now + dt.timedelta(hours=1)}, JWT_SECRET, algorithm=ALGO)


def read_token(token: str) -> str:
    return jwt.decode(token, JWT_SECRET, algorithms=[ALGO])["sub"]
