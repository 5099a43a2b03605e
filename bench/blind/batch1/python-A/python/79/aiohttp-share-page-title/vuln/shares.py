import secrets
from dataclasses import dataclass


@dataclass
class Share:
    token: str
    owner_id: int
    owner_name: str
    title: str
    file_id: int


class ShareStore:
    """Backed by Redis in production; a dict keeps the example self-contained."""

    def __init__(self):
        self._shares: dict[str, Share] = {}

    async def create(self, owner_id: int, owner_name: str, title: str, file_id: int) -> str:
        token = secrets.token_urlsafe(16)
        self._shares[token] = Share(token, owner_id, owner_name, title, file_id)
        return token

    async def get(self, token: str) -> Share | None:
        return self._shares.get(token)
