import hashlib
import hmac
import os

SECRET = os.environ["WEBHOOK_SECRET"].encode()

def verify_signature(body: bytes, signature: str) -> bool:
    expected = hmac.new(SECRET, body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, signature)
