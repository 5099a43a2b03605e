from django.core.mail import send_mail


def send_reset(email: str, link: str) -> None:
    send_mail("Reset your password", f"Use this link: {link}", None, [email])
