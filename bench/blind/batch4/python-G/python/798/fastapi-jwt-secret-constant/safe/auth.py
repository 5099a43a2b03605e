import datetime as dt
import os
import jwt

JWT_SECRET = os.environ["JWT_SECRET"]
ALGO = "HS256"


def make_token(user_id: str) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": user_id, "exp": now + dt.timedelta(hours=1)}, JWT_SECRET, algorithm=ALGO)


def read_token(token: str) -> str:
    return jwt.decode(token, JWT_SECRET, algorithms=[ALGO])["sub"]
