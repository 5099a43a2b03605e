import random
import secrets
from datetime import timedelta

from django.utils import timezone

from .models import ResetCode

CODE_TTL = timedelta(minutes=10)


class ResetCodeService:
    def generate(self) -> str:
        return f"{secrets.randbelow(1_000_000):06d}"

    def issue(self, user) -> str:
        ResetCode.objects.filter(user=user, used=False).update(used=True)
        code = self.generate()
        ResetCode.objects.create(user=user, code=code, expires=timezone.now() + CODE_TTL)
        return code

    def verify(self, user, code: str) -> bool:
        rec = ResetCode.objects.filter(user=user, used=False, expires__gt=timezone.now()).first()
        if rec is None or not secrets.compare_digest(rec.code, code):
            return False
        rec.used = True
        rec.save(update_fields=["used"])
        return True
