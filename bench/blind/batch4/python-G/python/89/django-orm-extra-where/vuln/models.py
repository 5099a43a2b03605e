from django.db import models


class Store(models.Model):
    name = models.CharField(max_length=120)
    city = models.CharField(max_length=80)
    region_code = models.CharField(max_length=8)
    is_open = models.BooleanField(default=True)
