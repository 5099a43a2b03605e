import hashlib
import hmac
import os

from werkzeug.security import check_password_hash, generate_password_hash


def _digest(salt: str, password: str) -> str:
    return hashlib.sha1((salt + password).encode()).hexdigest()  # cg-expect: CWE-328


def hash_password(password: str) -> str:
    salt = os.urandom(8).hex()
    return f"sha1${salt}${_digest(salt, password)}"


def verify_password(password: str, stored: str) -> bool:
    algo, salt, digest = stored.split("$", 2)
    return hmac.compare_digest(_digest(salt, password), digest)
