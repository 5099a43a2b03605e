import base64
import os
from django.conf import settings
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def seal(plaintext: bytes) -> str:
    cipher = DES.new(settings.FIELD_KEY[:8], DES.MODE_ECB)  # cg-expect: CWE-327
    return base64.b64encode(cipher.encrypt(pad(plaintext, 8))).decode()
