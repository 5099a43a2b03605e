import base64
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from django.conf import settings


class FieldCipher:
    def __init__(self, key: bytes | None = None):
        self.key = key or base64.b64decode(settings.FIELD_ENCRYPTION_KEY)

    def _cipher(self) -> AESGCM:
        return AESGCM(self.key)

    def encrypt(self, plaintext: str) -> str:
        nonce = os.urandom(12)
        sealed = self._cipher().encrypt(nonce, plaintext.encode(), b"kyc.national_id")
        return base64.b64encode(nonce + sealed).decode()

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        return self._cipher().decrypt(raw[:12], raw[12:], b"kyc.national_id").decode()
