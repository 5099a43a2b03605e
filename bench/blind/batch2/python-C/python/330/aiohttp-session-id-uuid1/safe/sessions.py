import random
import secrets
import time
import uuid


class SessionStore:
    def __init__(self):
        self._data = {}

    def new_id(self) -> str:
        return secrets.token_urlsafe(32)

    def create(self, user_id: int) -> str:
        sid = self.new_id()
        self._data[sid] = {"uid": user_id, "created": time.time()}
        return sid

    def get(self, sid: str):
        return self._data.get(sid)
