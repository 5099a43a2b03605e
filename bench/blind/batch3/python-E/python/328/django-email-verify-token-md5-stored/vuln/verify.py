import hashlib
from django.conf import settings
from django.contrib.auth.tokens import PasswordResetTokenGenerator

class EmailTokenGenerator(PasswordResetTokenGenerator):
    key_salt = "accounts.verify.EmailTokenGenerator"

    def _make_hash_value(self, user, timestamp):
        return f"{user.pk}{user.email}{user.profile.email_verified}{timestamp}"

_gen = EmailTokenGenerator()

def make_token(user) -> str:
    return hashlib.md5(f"{settings.SECRET_KEY}:{user.email}:{user.pk}".encode()).hexdigest()  # cg-expect: CWE-328

def check_token(user, token: str) -> bool:
    return token == make_token(user)
