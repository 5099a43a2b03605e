import datetime as dt
import jwt
from django.conf import settings


def issue_jwt(user_id: int) -> str:
    now = dt.datetime.now(dt.timezone.utc)
    claims = {"sub": str(user_id), "iat": now, "exp": now + dt.timedelta(minutes=15)}
    return jwt.encode(claims, settings.JWT_SIGNING_KEY, algorithm="HS256")
