import pyotp

SECRETS: dict[int, str] = {}  # uid -> base32 TOTP secret, loaded from the DB


def totp_ok(uid: int, code: str) -> bool:
    secret = SECRETS.get(uid)
    if not secret or not code:
        return False
    return pyotp.TOTP(secret).verify(code, valid_window=1)
