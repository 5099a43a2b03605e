from django.db import models


class ApprovedFeed(models.Model):
    url = models.URLField(unique=True)
    title = models.CharField(max_length=200)
    enabled = models.BooleanField(default=True)
