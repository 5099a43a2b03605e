import hashlib
import hmac
import os

SECRET = os.environ["SHIPPING_WEBHOOK_SECRET"].encode()


def sign(body: bytes) -> str:
    return hashlib.md5(SECRET + body).hexdigest()  # cg-expect: CWE-328


def verify_signature(body: bytes, provided: str) -> bool:
    return hmac.compare_digest(sign(body), provided)
