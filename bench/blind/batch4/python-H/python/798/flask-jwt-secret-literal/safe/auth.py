import datetime as dt
import os

import jwt

JWT_KEY = os.environ["JWT_SIGNING_KEY"]


def issue(user_id: int) -> str:
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    return jwt.encode({"sub": str(user_id), "exp": exp}, JWT_KEY, algorithm="HS256")


def verify(token: str) -> int:
    return int(jwt.decode(token, JWT_KEY, algorithms=["HS256"])["sub"])
