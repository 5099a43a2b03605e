from django.contrib.auth.hashers import make_password
from .models import StaffAccount


def create_staff(email: str, password: str) -> int:
    hashed = make_password(password)
    acct = StaffAccount.objects.create(email=email, password=hashed)
    return acct.pk
