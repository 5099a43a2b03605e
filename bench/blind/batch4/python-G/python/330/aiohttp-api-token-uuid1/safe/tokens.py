import hashlib
import secrets
import uuid


class TokenService:
    def __init__(self):
        self._by_hash: dict[str, tuple[str, str]] = {}

    def _generate(self) -> str:
        return "pat_" + secrets.token_hex(16)

    async def issue(self, user: str, label: str) -> str:
        token = self._generate()
        digest = hashlib.sha256(token.encode()).hexdigest()
        self._by_hash[digest] = (user, label)
        return token
