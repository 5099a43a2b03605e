import base64
import os

from Crypto.Cipher import AES

from django.conf import settings


class FieldCipher:
    def __init__(self, key: bytes | None = None):
        self.key = key or settings.FIELD_KEY

    def encrypt(self, value: str) -> str:
        nonce = os.urandom(12)
        cipher = AES.new(self.key[:32], AES.MODE_GCM, nonce=nonce)
        ct, tag = cipher.encrypt_and_digest(value.encode())
        return base64.b64encode(nonce + tag + ct).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ct = raw[:12], raw[12:28], raw[28:]
        cipher = AES.new(self.key[:32], AES.MODE_GCM, nonce=nonce)
        return cipher.decrypt_and_verify(ct, tag).decode()
