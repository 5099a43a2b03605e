import random
import secrets
import time
import uuid


class SessionStore:
    def __init__(self):
        self._data = {}
        self._rng = random.Random(time.time())

    def new_id(self) -> str:
        return f"{uuid.uuid1().hex}{self._rng.getrandbits(32):08x}"  # cg-expect: CWE-330

    def create(self, user_id: int) -> str:
        sid = self.new_id()
        self._data[sid] = {"uid": user_id, "created": time.time()}
        return sid

    def get(self, sid: str):
        return self._data.get(sid)
