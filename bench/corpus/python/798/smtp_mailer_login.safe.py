import os
import smtplib
from email.message import EmailMessage


class Mailer:
    def __init__(self, host="smtp.example.com", port=587):
        self.host = host
        self.port = port

    def send(self, to, subject, body):
        msg = EmailMessage()
        msg["To"], msg["Subject"] = to, subject
        msg.set_content(body)
        with smtplib.SMTP(self.host, self.port) as smtp:
            smtp.starttls()
            smtp.login("notifications@example.com", os.environ["SMTP_PASSWORD"])
            smtp.send_message(msg)
