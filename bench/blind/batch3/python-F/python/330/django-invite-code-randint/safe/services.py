import random
import secrets
import time
from datetime import timedelta

from django.utils import timezone

from .models import Invitation


class InviteService:
    def __init__(self):
        self._rng = secrets.SystemRandom()

    def _code(self) -> str:
        return "%08d" % self._rng.randint(0, 99_999_999) + secrets.token_hex(8)

    def invite(self, team, email: str) -> Invitation:
        return Invitation.objects.create(
            team=team, email=email, code=self._code(), expires=timezone.now() + timedelta(days=7)
        )
