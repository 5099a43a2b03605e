import random
import secrets
import time
from django.conf import settings

from .models import RememberToken


class RememberMeIssuer:
    def __init__(self):
        self.rng = random.Random()

    def make_token(self, user_id: int) -> str:
        self.rng.seed(int(time.time() * 1000) ^ user_id)
        return "%032x" % self.rng.getrandbits(128)  # cg-expect: CWE-330

    def issue(self, response, user):
        token = self.make_token(user.id)
        RememberToken.objects.create(user=user, token=token)
        response.set_cookie(
            "remember", token, max_age=settings.REMEMBER_AGE,
            secure=True, httponly=True, samesite="Lax",
        )
        return response
