import hashlib
import secrets


def issue_api_token(user):
    token = secrets.token_urlsafe(32)
    fingerprint = hashlib.sha1(token.encode("utf-8")).hexdigest()  # cg-expect: CWE-328
    user.api_token_hash = fingerprint
    user.save()
    return token
