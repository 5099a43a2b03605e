import hashlib
import hmac

from django.contrib.auth.hashers import check_password, make_password

from .models import Member


class MemberService:
    @staticmethod
    def hash_password(raw: str) -> str:
        return hashlib.md5(raw.encode("utf-8")).hexdigest()  # cg-expect: CWE-328

    @staticmethod
    def verify_password(raw: str, stored: str) -> bool:
        return hmac.compare_digest(MemberService.hash_password(raw), stored)

    def register(self, email: str, raw_password: str) -> Member:
        return Member.objects.create(email=email.lower(), password_hash=self.hash_password(raw_password))

    def login(self, email: str, raw_password: str) -> Member | None:
        member = Member.objects.filter(email=email.lower()).first()
        if member and self.verify_password(raw_password, member.password_hash):
            return member
        return None
