import random
import secrets
import smtplib
import time
from email.message import EmailMessage

_PENDING = {}
TTL = 24 * 3600


def issue_token(email: str) -> str:
    token = f"{int(time.time())}{random.randint(1000, 9999)}"  # cg-expect: CWE-330
    _PENDING[token] = (email, time.time() + TTL)
    return token


def send_verification(email: str, link: str) -> None:
    msg = EmailMessage()
    msg["To"], msg["From"], msg["Subject"] = email, "no-reply@example.com", "Confirm your email"
    msg.set_content(f"Confirm your address: {link}")
    with smtplib.SMTP("localhost") as smtp:
        smtp.send_message(msg)


def activate(token: str) -> bool:
    entry = _PENDING.pop(token, None)
    if entry is None:
        return False
    email, expires = entry
    return time.time() < expires
