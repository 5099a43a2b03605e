import hashlib
import hmac

from django.contrib.auth.hashers import check_password, make_password

from .models import Member


class MemberService:
    @staticmethod
    def hash_password(raw: str) -> str:
        return make_password(raw)

    @staticmethod
    def verify_password(raw: str, stored: str) -> bool:
        return check_password(raw, stored)

    def register(self, email: str, raw_password: str) -> Member:
        return Member.objects.create(email=email.lower(), password_hash=self.hash_password(raw_password))

    def login(self, email: str, raw_password: str) -> Member | None:
        member = Member.objects.filter(email=email.lower()).first()
        if member and self.verify_password(raw_password, member.password_hash):
            return member
        return None
