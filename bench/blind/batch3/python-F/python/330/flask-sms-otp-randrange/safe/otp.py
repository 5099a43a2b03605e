import hmac
import random
import secrets
import time

_CODES: dict[int, tuple[str, float]] = {}


def _new_code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


def issue_code(user_id: int, phone: str) -> None:
    code = _new_code()
    _CODES[user_id] = (code, time.time() + 300)
    print(f"SMS to {phone}: your code is {code}")


def verify_code(user_id: int, code: str) -> bool:
    stored = _CODES.get(user_id)
    if not stored or stored[1] < time.time():
        return False
    return hmac.compare_digest(stored[0], code)
