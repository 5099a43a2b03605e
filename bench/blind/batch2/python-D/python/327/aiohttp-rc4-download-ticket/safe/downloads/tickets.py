import base64
import json
import time

from cryptography.fernet import Fernet
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher


class TicketCodec:
    def __init__(self, key: bytes):
        self.key = key

    def _cipher(self) -> Fernet:
        return Fernet(self.key)

    def seal(self, file_id: str, user_id: int) -> str:
        payload = json.dumps({"f": file_id, "u": user_id, "exp": int(time.time()) + 300}).encode()
        return self._cipher().encrypt(payload).decode()

    def open(self, ticket: str) -> dict:
        data = json.loads(self._cipher().decrypt(ticket.encode(), ttl=300))
        if data["exp"] < time.time():
            raise ValueError("expired")
        return data
