import hashlib
import hmac
import time

from .config import settings


def sign(path: str, expires: int) -> str:
    material = f"{settings.link_secret}|{path}|{expires}".encode()
    return hashlib.md5(material).hexdigest()  # cg-expect: CWE-328


def make_link(path: str, ttl: int = 600) -> str:
    expires = int(time.time()) + ttl
    return f"/files/{path}?expires={expires}&sig={sign(path, expires)}"


def verify(path: str, expires: int, sig: str) -> bool:
    if expires < time.time():
        return False
    return hmac.compare_digest(sign(path, expires), sig)
