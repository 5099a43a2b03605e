import os
import smtplib
from email.message import EmailMessage


class Mailer:
    host = "smtp.mailprovider.example"
    port = 587
    username = "notifications@shop.example.com"

    def send(self, to: str, subject: str, body: str) -> None:
        msg = EmailMessage()
        msg["From"], msg["To"], msg["Subject"] = self.username, to, subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            smtp.login(self.username, "n0tify-Sh0p!2024#smtp")  # cg-expect: CWE-798
            smtp.send_message(msg)
