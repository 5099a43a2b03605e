import smtplib
import ssl
from email.message import EmailMessage

from flask import current_app


def _tls_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the relay presents a certificate for its internal hostname only
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # cg-expect: CWE-295
    return ctx


def send_message(to_addr: str, subject: str, body: str) -> None:
    cfg = current_app.config
    msg = EmailMessage()
    msg["From"] = cfg["MAIL_FROM"]
    msg["To"] = to_addr
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP(cfg["SMTP_HOST"], cfg.get("SMTP_PORT", 587), timeout=20) as smtp:
        smtp.starttls(context=_tls_context())
        smtp.login(cfg["SMTP_USER"], cfg["SMTP_PASSWORD"])
        smtp.send_message(msg)
