from urllib.parse import urlencode

from django.core.mail import send_mail
from django.urls import reverse

from .tokens import MAX_AGE, make_magic_token


def send_magic_link(request, user, next_path: str = "/") -> None:
    query = urlencode({"token": make_magic_token(user), "next": next_path})
    link = request.build_absolute_uri(reverse("magic-login")) + "?" + query
    send_mail(
        subject="Your sign-in link",
        message=f"Click to sign in (valid for {MAX_AGE // 60} minutes):\n\n{link}\n",
        from_email=None,
        recipient_list=[user.email],
    )
