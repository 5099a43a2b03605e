import hashlib
import hmac

from werkzeug.security import check_password_hash, generate_password_hash


def hash_password(password: str) -> str:
    return generate_password_hash(password, method="scrypt")


def verify_password(stored: str, candidate: str) -> bool:
    return check_password_hash(stored, candidate)
