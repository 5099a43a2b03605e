import smtplib
import ssl
from email.message import EmailMessage

from flask import current_app


def _tls_context() -> ssl.SSLContext:
    # the relay's certificate is issued by the company CA; trust it explicitly
    ctx = ssl.create_default_context(cafile=current_app.config.get("SMTP_CA_FILE"))
    ctx.check_hostname = True
    ctx.verify_mode = ssl.CERT_REQUIRED
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
