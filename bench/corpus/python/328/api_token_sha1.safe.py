import hashlib
import secrets


def issue_api_token(user):
    token = secrets.token_urlsafe(32)
    fingerprint = hashlib.sha256(token.encode("utf-8")).hexdigest()
    user.api_token_hash = fingerprint
    user.save()
    return token
