import hashlib
import hmac
import os

SECRET = os.environ["WEBHOOK_SECRET"].encode()

def verify_signature(body: bytes, signature: str) -> bool:
    expected = hashlib.md5(SECRET + body).hexdigest()  # cg-expect: CWE-328
    return hmac.compare_digest(expected, signature)
