import json
import secrets

from aiohttp import web

COOKIE = "SID"


class SessionManager:
    def __init__(self, redis):
        self.redis = redis

    @staticmethod
    def _new_id() -> str:
        return secrets.token_urlsafe(32)

    async def create(self, response: web.StreamResponse, data: dict) -> str:
        sid = self._new_id()
        await self.redis.set(f"s:{sid}", json.dumps(data), ex=3600)
        response.set_cookie(COOKIE, sid, httponly=True, secure=True, samesite="Strict")
        return sid

    async def load(self, request: web.Request) -> dict | None:
        sid = request.cookies.get(COOKIE)
        if not sid:
            return None
        raw = await self.redis.get(f"s:{sid}")
        return json.loads(raw) if raw else None
