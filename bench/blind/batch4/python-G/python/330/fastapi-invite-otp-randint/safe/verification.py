import hmac
import random
import secrets
import time

PENDING: dict[str, tuple[str, float]] = {}


def _code() -> str:
    return f"{secrets.randbelow(1_000_000):06d}"


async def start_verification(email: str) -> None:
    code = _code()
    PENDING[email] = (code, time.time() + 600)
    # mail delivery via the outbox worker
    OUTBOX.append((email, f"Your code is {code}"))


async def confirm(email: str, code: str) -> bool:
    rec = PENDING.get(email)
    if rec is None or rec[1] < time.time():
        return False
    ok = hmac.compare_digest(rec[0], code)
    if ok:
        PENDING.pop(email, None)
    return ok


OUTBOX: list[tuple[str, str]] = []
