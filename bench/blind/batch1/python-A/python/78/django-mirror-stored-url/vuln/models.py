from django.conf import settings
from django.db import models


class Mirror(models.Model):
    """A git repository the user asked us to mirror nightly."""

    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.SlugField(max_length=64)
    upstream_url = models.CharField(max_length=500)
    last_sync = models.DateTimeField(null=True, blank=True)
    last_status = models.TextField(blank=True)
