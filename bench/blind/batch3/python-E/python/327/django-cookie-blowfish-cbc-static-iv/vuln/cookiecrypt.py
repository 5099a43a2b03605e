import base64
import os
from django.conf import settings
from Crypto.Cipher import AES, Blowfish
from Crypto.Util.Padding import pad, unpad

class CookieCrypter:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, value: str) -> str:
        cipher = Blowfish.new(self.key, Blowfish.MODE_CBC, iv=b"\x00" * 8)  # cg-expect: CWE-327
        return base64.urlsafe_b64encode(cipher.encrypt(pad(value.encode(), 8))).decode()
