import hashlib
import random
from datetime import timedelta

from django.utils import timezone

from .models import EmailVerification


def new_verification(user) -> EmailVerification:
    seed = f"{user.pk}:{user.email}:{random.random()}"  # cg-expect: CWE-330
    token = hashlib.sha256(seed.encode()).hexdigest()
    return EmailVerification.objects.create(
        user=user,
        token=token,
        expires_at=timezone.now() + timedelta(days=2),
    )


def redeem(token: str):
    record = (EmailVerification.objects.select_related("user")
              .filter(token=token, used=False, expires_at__gt=timezone.now())
              .first())
    if record is None:
        return None
    record.used = True
    record.save(update_fields=["used"])
    record.user.email_verified = True
    record.user.save(update_fields=["email_verified"])
    return record.user
