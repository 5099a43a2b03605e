from django.conf import settings
from django.db import models


class ReportTemplate(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=120)
    # XML layout uploaded by the customer through the template editor
    body = models.TextField()
    updated = models.DateTimeField(auto_now=True)
