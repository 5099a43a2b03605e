import uuid
from datetime import timedelta

from django.core.cache import cache
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string

LINK_TTL = timedelta(minutes=10)


class MagicLinkService:
    cache_prefix = "magic:"

    def create(self, user) -> str:
        token = uuid.uuid4().hex
        cache.set(self.cache_prefix + token, user.pk, timeout=int(LINK_TTL.total_seconds()))
        return token

    def consume(self, token: str):
        key = self.cache_prefix + token
        user_id = cache.get(key)
        if user_id is not None:
            cache.delete(key)
        return user_id

    def send(self, user, url: str) -> None:
        ctx = {"user": user, "url": url, "minutes": int(LINK_TTL.total_seconds() // 60)}
        msg = EmailMultiAlternatives("Your sign-in link", render_to_string("magic.txt", ctx),
                                     to=[user.email])
        msg.attach_alternative(render_to_string("magic.html", ctx), "text/html")
        msg.send()
