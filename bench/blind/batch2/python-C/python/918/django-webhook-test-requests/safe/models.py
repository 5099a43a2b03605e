from django.conf import settings
from django.db import models


class Webhook(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    target_url = models.URLField(max_length=500)
    secret = models.CharField(max_length=64)
    created = models.DateTimeField(auto_now_add=True)
