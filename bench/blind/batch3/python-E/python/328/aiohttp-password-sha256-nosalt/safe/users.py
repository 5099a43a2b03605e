import hashlib
from argon2 import PasswordHasher

_ph = PasswordHasher()

class UserRepo:
    def __init__(self, db):
        self.db = db

    async def set_password(self, user_id: int, password: str) -> None:
        digest = _ph.hash(password)
        await self.db.execute("UPDATE users SET pw_hash = $1 WHERE id = $2", digest, user_id)
