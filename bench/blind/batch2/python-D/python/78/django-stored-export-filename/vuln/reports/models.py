from django.conf import settings
from django.db import models


class SavedReport(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(max_length=120)
    query = models.TextField()
    created = models.DateTimeField(auto_now_add=True)
