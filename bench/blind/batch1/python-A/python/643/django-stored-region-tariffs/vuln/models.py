from django.conf import settings
from django.db import models


class ShippingProfile(models.Model):
    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # free text entered on the account page ("Region / state")
    region = models.CharField(max_length=120)
    postcode = models.CharField(max_length=16)
