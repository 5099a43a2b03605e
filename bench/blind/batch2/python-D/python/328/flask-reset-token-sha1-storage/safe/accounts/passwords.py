import hashlib
import hmac
import os

from werkzeug.security import check_password_hash, generate_password_hash


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(password: str, stored: str) -> bool:
    return check_password_hash(stored, password)
