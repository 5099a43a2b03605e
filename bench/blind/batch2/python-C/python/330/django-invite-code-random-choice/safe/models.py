import random
import secrets
import string

from django.conf import settings
from django.db import models

ALPHABET = string.ascii_uppercase + string.digits


def generate_invite_code(length: int = 10) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


class Invitation(models.Model):
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE)
    email = models.EmailField()
    code = models.CharField(max_length=16, unique=True, editable=False)
    invited_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    accepted = models.BooleanField(default=False)

    def save(self, *args, **kwargs):
        if not self.code:
            self.code = generate_invite_code()
        super().save(*args, **kwargs)
