import random
import secrets
import smtplib
import time
from email.message import EmailMessage

_CODES = {}


def create_reset_code(user_id: int) -> str:
    code = f"{secrets.randbelow(1_000_000):06d}"
    _CODES[user_id] = (code, time.time() + 900)
    return code


def send_reset_email(address: str, code: str) -> None:
    msg = EmailMessage()
    msg["To"] = address
    msg["From"] = "no-reply@example.com"
    msg["Subject"] = "Your reset code"
    msg.set_content(f"Your password reset code is {code}. It expires in 15 minutes.")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)
