from django.conf import settings
from django.db import models


class Preferences(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    theme = models.CharField(max_length=20, default="light", choices=[("light", "Light"), ("dark", "Dark")])
    language = models.CharField(max_length=8, default="en")
    timezone = models.CharField(max_length=64, default="UTC")
    email_digest = models.BooleanField(default=True)
    shortcuts = models.JSONField(default=dict, blank=True)
