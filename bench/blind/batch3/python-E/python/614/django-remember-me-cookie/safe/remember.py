import secrets
from .models import RememberToken

def issue_remember_token(user) -> str:
    token = secrets.token_urlsafe(32)
    RememberToken.objects.create(user=user, token_hash=RememberToken.hash(token))
    return token
