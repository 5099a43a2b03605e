import hashlib
import hmac

from werkzeug.security import check_password_hash, generate_password_hash


def hash_password(password: str) -> str:
    return hashlib.md5(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


def verify_password(stored: str, candidate: str) -> bool:
    return hmac.compare_digest(stored, hashlib.md5(candidate.encode("utf-8")).hexdigest())
