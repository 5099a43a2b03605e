import secrets

from django.core.cache import cache


class ApiSessionStore:
    prefix = "apisess:"
    ttl = 60 * 60 * 24

    def create(self, user_id: int) -> str:
        token = secrets.token_urlsafe(32)
        cache.set(self.prefix + token, user_id, self.ttl)
        return token

    def user_id(self, token: str) -> int | None:
        return cache.get(self.prefix + token) if token else None

    def revoke(self, token: str) -> None:
        if token:
            cache.delete(self.prefix + token)
