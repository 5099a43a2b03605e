import base64
import os
from django.conf import settings
from Crypto.Cipher import AES, Blowfish
from Crypto.Util.Padding import pad, unpad

class CookieCrypter:
    def __init__(self, key: bytes):
        self.key = key

    def encrypt(self, value: str) -> str:
        cipher = AES.new(self.key[:32], AES.MODE_GCM, nonce=os.urandom(12))
        ct, tag = cipher.encrypt_and_digest(value.encode())
        return base64.urlsafe_b64encode(cipher.nonce + tag + ct).decode()
