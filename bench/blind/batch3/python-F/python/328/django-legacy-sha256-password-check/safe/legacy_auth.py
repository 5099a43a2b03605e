import hashlib
import hmac

from django.contrib.auth.hashers import check_password, make_password

from .models import LegacyAccount


class LegacyPasswordService:
    def hash(self, raw: str) -> str:
        return make_password(raw)

    def verify(self, account: LegacyAccount, raw: str) -> bool:
        return check_password(raw, account.password_digest)

    def change(self, account: LegacyAccount, raw: str) -> None:
        account.password_digest = self.hash(raw)
        account.save(update_fields=["password_digest"])
