import hashlib
import random
import secrets

PREFIX = "pk_"


def new_api_key() -> str:
    return PREFIX + secrets.token_hex(16)


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
