from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

ph = PasswordHasher()
HASHES: dict[str, str] = {}


def check(username: str, password: str) -> bool:
    h = HASHES.get(username)
    if h is None:
        return False
    try:
        return ph.verify(h, password)
    except VerifyMismatchError:
        return False
