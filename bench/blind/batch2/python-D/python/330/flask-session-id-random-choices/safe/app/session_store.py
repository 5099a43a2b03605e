import json
import random
import secrets
import string

from flask.sessions import SessionInterface, SessionMixin
from werkzeug.datastructures import CallbackDict

ALPHABET = string.ascii_letters + string.digits


class RedisSession(CallbackDict, SessionMixin):
    def __init__(self, initial=None, sid=None):
        super().__init__(initial or {})
        self.sid = sid


class RedisSessionInterface(SessionInterface):
    def __init__(self, redis, ttl=3600):
        self.redis = redis
        self.ttl = ttl

    def new_sid(self) -> str:
        return "".join(secrets.choice(ALPHABET) for _ in range(32))

    def open_session(self, app, request):
        sid = request.cookies.get(self.get_cookie_name(app))
        if sid:
            raw = self.redis.get(f"sess:{sid}")
            if raw:
                return RedisSession(json.loads(raw), sid=sid)
        return RedisSession(sid=self.new_sid())

    def save_session(self, app, session, response):
        self.redis.setex(f"sess:{session.sid}", self.ttl, json.dumps(dict(session)))
        response.set_cookie(self.get_cookie_name(app), session.sid, httponly=True,
                            secure=True, samesite="Lax", max_age=self.ttl)
