import json

from Crypto.Cipher import AES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from django.conf import settings


def encrypt_export(payload: dict) -> bytes:
    raw = json.dumps(payload).encode()
    cipher = AES.new(settings.EXPORT_KEY[:32], AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(raw)
    return cipher.nonce + tag + ct
