import base64
from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from django.conf import settings


class FieldCipher:
    def __init__(self):
        self.key = settings.FIELD_KEY  # bytes from the operator's secret store

    def encrypt(self, plaintext: str) -> str:
        data = plaintext.encode()
        nonce = get_random_bytes(12)
        cipher = AES.new(self.key[:32], AES.MODE_GCM, nonce=nonce)
        ct, tag = cipher.encrypt_and_digest(data)
        return base64.b64encode(nonce + tag + ct).decode()
