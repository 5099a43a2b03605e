import hashlib
import hmac
import os


def make_hash(password: str) -> str:
    salt = os.urandom(16).hex()
    return salt + ":" + hashlib.sha1((salt + password).encode()).hexdigest()  # cg-expect: CWE-328


def check(stored: str, password: str) -> bool:
    salt, digest = stored.split(":", 1)
    return hmac.compare_digest(digest, hashlib.sha1((salt + password).encode()).hexdigest())
