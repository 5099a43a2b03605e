import os
from email.message import EmailMessage

import aiosmtplib


class Mailer:
    host = "smtp.mailrelay.example.net"
    port = 587
    username = "notifications@example.com"

    def __init__(self):
        self.password = os.environ["SMTP_PASSWORD"]

    async def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"] = self.username
        msg["To"] = to
        msg["Subject"] = subject
        msg.set_content(body)
        await aiosmtplib.send(
            msg,
            hostname=self.host,
            port=self.port,
            start_tls=True,
            username=self.username,
            password=self.password,
        )
