from django.conf import settings
from django.db import models


class SavedSearch(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=80)
    # opaque filter state produced by the search page's "save" button
    state = models.BinaryField()
    created = models.DateTimeField(auto_now_add=True)
