import secrets

from django.conf import settings
from django.db import models


def _new_code() -> str:
    return secrets.token_urlsafe(6)


class ShortLink(models.Model):
    code = models.CharField(max_length=16, unique=True, default=_new_code)
    destination = models.URLField(max_length=2000)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    active = models.BooleanField(default=True)
    hits = models.PositiveIntegerField(default=0)
    created = models.DateTimeField(auto_now_add=True)
