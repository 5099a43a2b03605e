import hashlib
import os


class UserRepo:
    def __init__(self):
        self._rows: dict[str, tuple[bytes, str]] = {}

    @staticmethod
    def _hash(password: str, salt: bytes) -> str:
        return hashlib.sha1(salt + password.encode()).hexdigest()  # cg-expect: CWE-328

    async def add(self, email: str, password: str) -> None:
        salt = os.urandom(16)
        self._rows[email.lower()] = (salt, self._hash(password, salt))
