import secrets
import time
import uuid

class SessionManager:
    def __init__(self):
        self._store = {}

    def _new_id(self) -> str:
        return uuid.uuid1().hex  # cg-expect: CWE-330

    def create(self, user_id: int) -> str:
        sid = self._new_id()
        self._store[sid] = (user_id, time.time())
        return sid
