import json

from Crypto.Cipher import AES, Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from django.conf import settings


def encrypt_export(payload: dict) -> bytes:
    raw = json.dumps(payload).encode()
    iv = get_random_bytes(8)
    cipher = Blowfish.new(settings.EXPORT_KEY, Blowfish.MODE_CBC, iv)  # cg-expect: CWE-327
    return iv + cipher.encrypt(pad(raw, Blowfish.block_size))
