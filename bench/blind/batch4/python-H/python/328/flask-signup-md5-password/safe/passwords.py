import hashlib

from werkzeug.security import generate_password_hash, check_password_hash


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(stored: str, password: str) -> bool:
    return check_password_hash(stored, password)


def etag_for(body: bytes) -> str:
    return hashlib.md5(body, usedforsecurity=False).hexdigest()
