import secrets

from django.core.cache import cache


def check_email_code(user, code: str) -> bool:
    expected = cache.get(f"email-code:{user.pk}")
    return bool(expected) and secrets.compare_digest(expected, code)
