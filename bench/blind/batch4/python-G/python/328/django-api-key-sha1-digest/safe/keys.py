import hashlib
import hmac
import secrets
from django.conf import settings


def new_api_key() -> tuple[str, str]:
    raw = secrets.token_urlsafe(32)
    return raw, digest_key(raw)


def digest_key(raw: str) -> str:
    return hmac.new(settings.API_KEY_PEPPER, raw.encode(), hashlib.sha256).hexdigest()


def key_matches(raw: str, stored: str) -> bool:
    return hmac.compare_digest(digest_key(raw), stored)
