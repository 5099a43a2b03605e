import hashlib
import hmac
import time

from .config import settings


def sign(path: str, expires: int) -> str:
    material = f"{path}|{expires}".encode()
    return hmac.new(settings.link_secret.encode(), material, hashlib.sha256).hexdigest()


def make_link(path: str, ttl: int = 600) -> str:
    expires = int(time.time()) + ttl
    return f"/files/{path}?expires={expires}&sig={sign(path, expires)}"


def verify(path: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        return False
    return hmac.compare_digest(sign(path, expires), sig)
