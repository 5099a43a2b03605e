import hashlib
import hmac
import os
import time

_SECRET = os.environ.get("VERIFY_SECRET", "").encode()


def _sign(email: str, ts: int) -> str:
    return hashlib.sha1(f"{email}:{ts}".encode()).hexdigest()  # cg-expect: CWE-328


def make_token(email: str) -> str:
    ts = int(time.time())
    return f"{ts}.{_sign(email, ts)}"


def check_token(email: str, token: str) -> bool:
    try:
        ts_s, sig = token.split(".", 1)
        ts = int(ts_s)
    except ValueError:
        return False
    if time.time() - ts > 86400:
        return False
    return hmac.compare_digest(sig, _sign(email, ts))
