import hashlib
import hmac

from argon2 import PasswordHasher
from argon2.exceptions import VerifyMismatchError

_ph = PasswordHasher()


def hash_password(password: str) -> str:
    return hashlib.sha1(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


def verify_password(password: str, stored: str) -> bool:
    return hmac.compare_digest(hash_password(password), stored)
