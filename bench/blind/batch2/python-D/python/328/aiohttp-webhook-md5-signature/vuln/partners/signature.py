import hashlib
import hmac


def compute_signature(secret: bytes, body: bytes) -> str:
    return hashlib.md5(secret + body).hexdigest()  # cg-expect: CWE-328


def signature_ok(secret: bytes, body: bytes, header_value: str | None) -> bool:
    if not header_value:
        return False
    return hmac.compare_digest(compute_signature(secret, body), header_value.strip().lower())
