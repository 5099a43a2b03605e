import hashlib
import secrets

from django.utils import timezone

from .models import ApiToken


def issue_token(user) -> str:
    raw = secrets.token_urlsafe(32)
    ApiToken.objects.create(
        user=user,
        digest=hashlib.sha256(raw.encode()).hexdigest(),
        expires=timezone.now() + timezone.timedelta(hours=12),
    )
    return raw
