import hashlib
import hmac
import os

WEBHOOK_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def compute_signature(body: bytes) -> str:
    return hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()


def verify_signature(body: bytes, provided: str) -> bool:
    expected = compute_signature(body)
    return hmac.compare_digest(expected, provided.strip().lower())
