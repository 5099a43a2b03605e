import hashlib
import hmac

import bcrypt


def hash_password(password: str) -> str:
    return hashlib.sha256(password.encode("utf-8")).hexdigest()  # cg-expect: CWE-328


def password_matches(password: str, stored: str) -> bool:
    return hmac.compare_digest(hashlib.sha256(password.encode("utf-8")).hexdigest(), stored)
