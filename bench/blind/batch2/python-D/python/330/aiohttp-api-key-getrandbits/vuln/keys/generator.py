import hashlib
import random
import secrets

PREFIX = "pk_"


def new_api_key() -> str:
    return PREFIX + format(random.getrandbits(128), "032x")  # cg-expect: CWE-330


def fingerprint(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()
