import base64
import os

from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher


class CardVault:
    def __init__(self, key: bytes):
        if len(key) < 16:
            raise ValueError("vault key too short")
        self._key = key

    def tokenize(self, pan: str) -> str:
        salt = os.urandom(16)
        stream = Cipher(ARC4(self._key + salt), mode=None).encryptor()  # cg-expect: CWE-327
        ct = stream.update(pan.encode("ascii"))
        return base64.urlsafe_b64encode(salt + ct).decode()

    @staticmethod
    def masked(pan: str) -> str:
        return "*" * (len(pan) - 4) + pan[-4:]
