import hashlib
import hmac

from django.conf import settings


def sign_path(path: str) -> str:
    return hmac.new(settings.SECRET_KEY.encode(), path.encode(), hashlib.sha256).hexdigest()


def check(path: str, sig: str) -> bool:
    return hmac.compare_digest(sign_path(path), sig)
