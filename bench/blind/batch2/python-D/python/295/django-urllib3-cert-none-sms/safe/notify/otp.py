import secrets

from django.core.cache import cache

from .sms import SmsGateway


def send_login_code(user) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    cache.set(f"otp:{user.pk}", code, 300)
    SmsGateway().send(user.phone, f"Your login code is {code}")


def check_login_code(user, code: str) -> bool:
    expected = cache.get(f"otp:{user.pk}")
    return expected is not None and secrets.compare_digest(expected, code)
