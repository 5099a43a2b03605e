import os
import smtplib
from email.message import EmailMessage

SMTP_HOST = os.environ.get("SMTP_HOST", "smtp.internal")
SENDER = "it-helpdesk@internal"


def send_username_reminder(address: str, usernames: list[str]) -> None:
    msg = EmailMessage()
    msg["From"] = SENDER
    msg["To"] = address
    msg["Subject"] = "Your account name"
    lines = "\n".join(f"  - {u}" for u in usernames)
    msg.set_content(
        "Someone (hopefully you) asked for a reminder of your account name(s):\n\n"
        f"{lines}\n\nIf this wasn't you, you can ignore this message.\n"
    )
    with smtplib.SMTP(SMTP_HOST, 587, timeout=10) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
