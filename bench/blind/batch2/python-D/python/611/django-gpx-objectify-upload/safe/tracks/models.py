from django.conf import settings
from django.db import models


class Track(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    points = models.JSONField(default=list)
    created = models.DateTimeField(auto_now_add=True)
