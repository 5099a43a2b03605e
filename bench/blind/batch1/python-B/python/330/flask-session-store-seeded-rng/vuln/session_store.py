import json
import random
import time

import redis
from flask.sessions import SessionInterface, SessionMixin
from werkzeug.datastructures import CallbackDict


class RedisSession(CallbackDict, SessionMixin):
    def __init__(self, initial=None, sid=None):
        super().__init__(initial)
        self.sid = sid


class RedisSessionInterface(SessionInterface):
    ttl = 8 * 3600

    def __init__(self, url: str):
        self.redis = redis.Redis.from_url(url)
        self._rng = random.Random(int(time.time()))

    def _new_sid(self) -> str:
        return "%032x" % self._rng.getrandbits(128)  # cg-expect: CWE-330

    def open_session(self, app, request):
        sid = request.cookies.get(self.get_cookie_name(app))
        if sid:
            raw = self.redis.get(f"sess:{sid}")
            if raw is not None:
                return RedisSession(json.loads(raw), sid=sid)
        return RedisSession(sid=self._new_sid())

    def save_session(self, app, session, response):
        name = self.get_cookie_name(app)
        if not session:
            self.redis.delete(f"sess:{session.sid}")
            response.delete_cookie(name)
            return
        self.redis.setex(f"sess:{session.sid}", self.ttl, json.dumps(dict(session)))
        response.set_cookie(name, session.sid, httponly=True, secure=True, samesite="Lax",
                            max_age=self.ttl)
