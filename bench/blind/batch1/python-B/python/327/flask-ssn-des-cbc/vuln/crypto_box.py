import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad


class FieldCipher:
    """Encrypts sensitive applicant fields before they reach the database."""

    def __init__(self, key_b64: str):
        self.key = base64.b64decode(key_b64)[:8]

    def _new_cipher(self, iv: bytes):
        return DES.new(self.key, DES.MODE_CBC, iv)  # cg-expect: CWE-327

    def encrypt(self, plaintext: str) -> str:
        iv = os.urandom(8)
        ct = self._new_cipher(iv).encrypt(pad(plaintext.encode("utf-8"), DES.block_size))
        return base64.b64encode(iv + ct).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        iv, ct = raw[:8], raw[8:]
        return unpad(self._new_cipher(iv).decrypt(ct), DES.block_size).decode("utf-8")
