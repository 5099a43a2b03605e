import random

from django.db import models


def _token() -> str:
    return "%032x" % random.getrandbits(128)  # cg-expect: CWE-330


class Invitation(models.Model):
    team = models.ForeignKey("teams.Team", on_delete=models.CASCADE)
    email = models.EmailField()
    token = models.CharField(max_length=32, unique=True, default=_token)
    accepted = models.BooleanField(default=False)
