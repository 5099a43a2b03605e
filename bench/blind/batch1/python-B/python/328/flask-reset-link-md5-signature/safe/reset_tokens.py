import hashlib
import hmac
import time

from flask import current_app

TOKEN_TTL = 3600


def _sign(payload: str) -> str:
    secret = current_app.config["SECRET_KEY"].encode("utf-8")
    return hmac.new(secret, payload.encode("utf-8"), hashlib.sha256).hexdigest()


def make_token(user_id: int) -> str:
    expires = int(time.time()) + TOKEN_TTL
    payload = f"{user_id}:{expires}"
    return f"{payload}:{_sign(payload)}"


def read_token(token: str) -> int | None:
    try:
        user_id, expires, signature = token.rsplit(":", 2)
    except ValueError:
        return None
    payload = f"{user_id}:{expires}"
    expected = _sign(payload)
    if not hmac.compare_digest(expected, signature):
        return None
    if int(expires) < time.time():
        return None
    return int(user_id)
