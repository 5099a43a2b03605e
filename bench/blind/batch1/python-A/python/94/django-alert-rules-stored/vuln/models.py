from django.conf import settings
from django.db import models


class AlertRule(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    label = models.CharField(max_length=100)
    # free text condition typed by the user, e.g. "temperature > 30 and humidity < 40"
    condition = models.CharField(max_length=300)
    enabled = models.BooleanField(default=True)


class Reading(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    sensor = models.CharField(max_length=50)
    temperature = models.FloatField()
    humidity = models.FloatField()
    created = models.DateTimeField(auto_now_add=True)
