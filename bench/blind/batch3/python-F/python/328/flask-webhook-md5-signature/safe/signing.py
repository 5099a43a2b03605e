import hashlib
import hmac
import os

_SECRET = os.environ["PAYMENTS_WEBHOOK_SECRET"].encode()


def verify_signature(body: bytes, signature: str) -> bool:
    expected = hmac.new(_SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
