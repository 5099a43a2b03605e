import secrets

from django.db import models


def _token() -> str:
    return secrets.token_hex(16)


class Invitation(models.Model):
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE)
    email = models.EmailField()
    token = models.CharField(max_length=32, unique=True, default=_token)
    accepted = models.BooleanField(default=False)
