import hashlib

from werkzeug.security import generate_password_hash, check_password_hash


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


def verify_password(stored: str, password: str) -> bool:
    return hashlib.md5(password.encode("utf-8")).hexdigest() == stored


def etag_for(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()
