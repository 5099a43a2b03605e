import base64
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad

from django.conf import settings


class FieldCipher:
    def __init__(self, key: bytes | None = None):
        self.key = key or settings.FIELD_KEY

    def encrypt(self, value: str) -> str:
        cipher = DES.new(self.key[:8], DES.MODE_ECB)
        return base64.b64encode(cipher.encrypt(pad(value.encode(), 8))).decode()  # cg-expect: CWE-327

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        cipher = DES.new(self.key[:8], DES.MODE_ECB)
        return unpad(cipher.decrypt(raw), 8).decode()
