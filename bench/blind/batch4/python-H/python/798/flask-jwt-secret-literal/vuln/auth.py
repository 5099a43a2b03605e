import datetime as dt
import os

import jwt

JWT_KEY = "c2f8e1a94b7d3f60e5a2b8c7d1f4e9a3b6c0d2e7f8a1b4c5"  # cg-expect: CWE-798


def issue(user_id: int) -> str:
    exp = dt.datetime.now(dt.timezone.utc) + dt.timedelta(hours=1)
    return jwt.encode({"sub": str(user_id), "exp": exp}, JWT_KEY, algorithm="HS256")


def verify(token: str) -> int:
    return int(jwt.decode(token, JWT_KEY, algorithms=["HS256"])["sub"])
