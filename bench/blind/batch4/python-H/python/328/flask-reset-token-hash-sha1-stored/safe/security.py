import hashlib
import hmac
import os


def make_hash(password: str) -> str:
    salt = os.urandom(16).hex()
    return salt + ":" + hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 600_000).hex()


def check(stored: str, password: str) -> bool:
    salt, digest = stored.split(":", 1)
    return hmac.compare_digest(digest, hashlib.pbkdf2_hmac("sha256", password.encode(), bytes.fromhex(salt), 600_000).hex())
