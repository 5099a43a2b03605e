import hashlib
import hmac
import os


def hash_pin(pin: str) -> str:
    salt = os.urandom(16)
    dk = hashlib.scrypt(pin.encode(), salt=salt, n=2**15, r=8, p=1, maxmem=64 * 1024 * 1024)
    return salt.hex() + "$" + dk.hex()


def checksum(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
