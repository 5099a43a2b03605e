import base64
from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from django.conf import settings


class FieldCipher:
    def __init__(self):
        self.key = settings.FIELD_KEY  # bytes from the operator's secret store

    def encrypt(self, plaintext: str) -> str:
        data = plaintext.encode()
        cipher = DES.new(self.key[:8], DES.MODE_ECB)  # cg-expect: CWE-327
        pad = 8 - len(data) % 8
        return base64.b64encode(cipher.encrypt(data + bytes([pad]) * pad)).decode()
