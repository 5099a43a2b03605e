import datetime as dt

import jwt
from django.conf import settings


def issue(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    return jwt.encode({"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(hours=8)}, settings.SECRET_KEY, algorithm="HS256")
