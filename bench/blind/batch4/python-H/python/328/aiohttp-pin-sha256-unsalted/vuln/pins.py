import hashlib
import hmac
import os


def hash_pin(pin: str) -> str:
    return hashlib.sha256(pin.encode()).hexdigest()  # cg-expect: CWE-328


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
