import hashlib
import hmac
import os

from itsdangerous import BadSignature, URLSafeTimedSerializer

SECRET = os.environ["REMEMBER_SECRET"]
_serializer = URLSafeTimedSerializer(SECRET, salt="remember-me")


def make_cookie(user_id: int) -> str:
    sig = hashlib.md5(f"{SECRET}{user_id}".encode()).hexdigest()  # cg-expect: CWE-328
    return f"{user_id}:{sig}"


def read_cookie(value: str):
    user_id, _, sig = value.partition(":")
    expected = hashlib.md5(f"{SECRET}{user_id}".encode()).hexdigest()
    return int(user_id) if user_id.isdigit() and hmac.compare_digest(sig, expected) else None
