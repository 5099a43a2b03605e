import base64
import json
import time

from cryptography.fernet import Fernet
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher


class TicketCodec:
    def __init__(self, key: bytes):
        self.key = key

    def _cipher(self) -> Cipher:
        return Cipher(ARC4(self.key), mode=None)  # cg-expect: CWE-327

    def seal(self, file_id: str, user_id: int) -> str:
        payload = json.dumps({"f": file_id, "u": user_id, "exp": int(time.time()) + 300}).encode()
        enc = self._cipher().encryptor()
        return base64.urlsafe_b64encode(enc.update(payload)).decode()

    def open(self, ticket: str) -> dict:
        dec = self._cipher().decryptor()
        data = json.loads(dec.update(base64.urlsafe_b64decode(ticket)))
        if data["exp"] < time.time():
            raise ValueError("expired")
        return data
