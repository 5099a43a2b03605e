import smtplib
from email.message import EmailMessage


def send_mail(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["To"], msg["From"], msg["Subject"] = to, "noreply@example.com", subject
    msg.set_content(body)
    with smtplib.SMTP("localhost") as s:
        s.send_message(msg)
