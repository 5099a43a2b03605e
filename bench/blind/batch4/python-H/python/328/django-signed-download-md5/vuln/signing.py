import hashlib
import hmac

from django.conf import settings


def sign_path(path: str) -> str:
    return hashlib.md5((settings.SECRET_KEY + path).encode()).hexdigest()  # cg-expect: CWE-328


def check(path: str, sig: str) -> bool:
    return hmac.compare_digest(sign_path(path), sig)
