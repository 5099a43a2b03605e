from django.db import models


class Store(models.Model):
    name = models.CharField(max_length=120)
    region_code = models.CharField(max_length=16, db_index=True)
    address = models.TextField()
    is_open = models.BooleanField(default=True)
    phone = models.CharField(max_length=32, blank=True)

    class Meta:
        ordering = ["name"]
