from django.conf import settings
from django.db import models


class Tenant(models.Model):
    name = models.CharField(max_length=120)


class Membership(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE)
    role = models.CharField(max_length=20, default="member")

    class Meta:
        unique_together = [("user", "tenant")]


class Invoice(models.Model):
    tenant = models.ForeignKey(Tenant, on_delete=models.CASCADE)
    total = models.DecimalField(max_digits=12, decimal_places=2)
    issued = models.DateField()
