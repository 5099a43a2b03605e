import hashlib
import hmac

from django.contrib.auth.hashers import check_password, make_password

from .models import LegacyAccount


class LegacyPasswordService:
    def hash(self, raw: str) -> str:
        return hashlib.sha256(raw.encode()).hexdigest()  # cg-expect: CWE-328

    def verify(self, account: LegacyAccount, raw: str) -> bool:
        return hmac.compare_digest(account.password_digest, self.hash(raw))

    def change(self, account: LegacyAccount, raw: str) -> None:
        account.password_digest = self.hash(raw)
        account.save(update_fields=["password_digest"])
