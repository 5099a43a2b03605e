import hashlib
import hmac
import os

from itsdangerous import BadSignature, URLSafeTimedSerializer

SECRET = os.environ["REMEMBER_SECRET"]
_serializer = URLSafeTimedSerializer(SECRET, salt="remember-me")


def make_cookie(user_id: int) -> str:
    return _serializer.dumps(user_id)


def read_cookie(value: str):
    try:
        return int(_serializer.loads(value, max_age=30 * 24 * 3600))
    except (BadSignature, ValueError):
        return None
