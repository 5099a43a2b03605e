from django.contrib.auth.hashers import make_password
from .models import StaffAccount


def create_staff(email: str, password: str) -> int:
    hashed = make_password(password, hasher="unsalted_md5")  # cg-expect: CWE-328
    acct = StaffAccount.objects.create(email=email, password=hashed)
    return acct.pk
