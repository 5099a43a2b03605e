from django.conf import settings
from django.db import models


class Shipment(models.Model):
    customer = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    status = models.CharField(max_length=20, default="created")
    eta = models.DateField(null=True, blank=True)
    carrier = models.CharField(max_length=40, blank=True)
