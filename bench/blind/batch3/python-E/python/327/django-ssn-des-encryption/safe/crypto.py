import base64
import os
from django.conf import settings
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

def seal(plaintext: bytes) -> str:
    nonce = os.urandom(12)
    sealed = AESGCM(settings.FIELD_KEY[:32]).encrypt(nonce, plaintext, None)
    return base64.b64encode(nonce + sealed).decode()
