from django.db import models


class Store(models.Model):
    REGIONS = [("eu-west", "Western Europe"), ("eu-north", "Nordics"), ("us-east", "US East")]

    name = models.CharField(max_length=120)
    city = models.CharField(max_length=80)
    region_code = models.CharField(max_length=16, choices=REGIONS, db_index=True)
    latitude = models.FloatField()
    longitude = models.FloatField()
    active = models.BooleanField(default=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return f"{self.name} ({self.city})"
