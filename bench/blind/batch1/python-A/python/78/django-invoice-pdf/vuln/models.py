from django.conf import settings
from django.db import models


class Invoice(models.Model):
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    number = models.CharField(max_length=32, unique=True)
    customer_name = models.CharField(max_length=200)
    total_cents = models.PositiveIntegerField(default=0)
    issued_at = models.DateField(auto_now_add=True)
