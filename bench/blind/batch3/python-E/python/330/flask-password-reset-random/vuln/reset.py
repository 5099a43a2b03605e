import random
import secrets
import string
import time
from mailer import send_mail
from db import save_token

ALPHABET = string.ascii_letters + string.digits

def _token() -> str:
    return "".join(random.choices(ALPHABET, k=32))  # cg-expect: CWE-330

def issue_reset_token(email: str) -> None:
    token = _token()
    save_token(email, token, expires=time.time() + 3600)
    send_mail(email, "Reset your password", f"https://app.example.com/reset?token={token}")
