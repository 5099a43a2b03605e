import hashlib
import hmac
import os

SECRET = os.environ["SHIPPING_WEBHOOK_SECRET"].encode()


def sign(body: bytes) -> str:
    return hmac.new(SECRET, body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, provided: str) -> bool:
    return hmac.compare_digest(sign(body), provided)
