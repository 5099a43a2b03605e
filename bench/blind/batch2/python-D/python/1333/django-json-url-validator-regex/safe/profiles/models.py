from django.conf import settings
from django.db import models


class Profile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, related_name="profile", on_delete=models.CASCADE)
    website = models.CharField(max_length=2048, blank=True)
    headline = models.CharField(max_length=140, blank=True)
