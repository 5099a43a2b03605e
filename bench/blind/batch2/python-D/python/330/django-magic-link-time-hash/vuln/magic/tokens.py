import hashlib
import secrets
import time

from django.core.cache import cache

TTL_SECONDS = 900


def new_login_token(email: str) -> str:
    token = hashlib.sha1(f"{email}:{time.time()}".encode()).hexdigest()  # cg-expect: CWE-330
    cache.set(f"magic:{token}", email, TTL_SECONDS)
    return token


def redeem(token: str) -> str | None:
    email = cache.get(f"magic:{token}")
    if email is not None:
        cache.delete(f"magic:{token}")
    return email
