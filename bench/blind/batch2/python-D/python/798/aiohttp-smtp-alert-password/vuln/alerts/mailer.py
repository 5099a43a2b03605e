import asyncio
import os
import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.mailrelay.example.net"
SMTP_USER = "alerts@example.net"


def _send(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"] = SMTP_USER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 587, timeout=15) as smtp:
        smtp.starttls()
        smtp.login(SMTP_USER, "fT8!qLw2#Zr9vKp4")  # cg-expect: CWE-798
        smtp.send_message(msg)


async def send_alert(to: str, subject: str, body: str) -> None:
    await asyncio.to_thread(_send, to, subject, body)
