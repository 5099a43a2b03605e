import hashlib
import hmac
import os
import secrets

PEPPER = os.environ["TOKEN_PEPPER"].encode()


def issue_token() -> tuple[str, str]:
    token = secrets.token_urlsafe(32)
    return token, digest(token)


def digest(token: str) -> str:
    return hashlib.sha1(token.encode()).hexdigest()  # cg-expect: CWE-328
