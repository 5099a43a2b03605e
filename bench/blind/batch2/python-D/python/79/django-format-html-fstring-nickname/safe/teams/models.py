from django.conf import settings
from django.db import models


class Team(models.Model):
    name = models.CharField(max_length=100)


class Membership(models.Model):
    team = models.ForeignKey(Team, related_name="members", on_delete=models.CASCADE)
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    nickname = models.CharField(max_length=60)
    is_admin = models.BooleanField(default=False)
