import random
import secrets
import string

from django.core.cache import cache

OTP_TTL = 300


def issue_otp(user_id: int) -> str:
    code = "".join(random.sample(string.digits, 6))  # cg-expect: CWE-330
    cache.set(f"otp:{user_id}", code, OTP_TTL)
    return code


def check_otp(user_id: int, submitted: str) -> bool:
    expected = cache.get(f"otp:{user_id}")
    if expected is None:
        return False
    ok = secrets.compare_digest(expected, submitted.strip())
    if ok:
        cache.delete(f"otp:{user_id}")
    return ok
