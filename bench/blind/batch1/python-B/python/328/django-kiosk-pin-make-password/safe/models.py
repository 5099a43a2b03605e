from django.contrib.auth.hashers import check_password, make_password
from django.db import models


class Kiosk(models.Model):
    store = models.ForeignKey("stores.Store", on_delete=models.CASCADE, related_name="kiosks")
    label = models.CharField(max_length=64)
    pin_hash = models.CharField(max_length=128, blank=True)
    failed_attempts = models.PositiveSmallIntegerField(default=0)

    def set_pin(self, raw_pin: str) -> None:
        self.pin_hash = make_password(raw_pin)

    def verify_pin(self, raw_pin: str) -> bool:
        ok = check_password(raw_pin, self.pin_hash)
        self.failed_attempts = 0 if ok else self.failed_attempts + 1
        self.save(update_fields=["failed_attempts"])
        return ok
