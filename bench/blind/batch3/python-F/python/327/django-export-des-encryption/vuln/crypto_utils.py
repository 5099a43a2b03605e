from django.conf import settings
from Crypto.Cipher import DES
from Crypto.Util.Padding import pad, unpad
from Crypto.Random import get_random_bytes


def encrypt_field(value: str) -> bytes:
    key = settings.FIELD_KEY[:8]
    cipher = DES.new(key, DES.MODE_ECB)  # cg-expect: CWE-327
    return cipher.encrypt(pad(value.encode(), DES.block_size))


def decrypt_field(blob: bytes) -> str:
    key = settings.FIELD_KEY[:8]
    cipher = DES.new(key, DES.MODE_ECB)
    return unpad(cipher.decrypt(blob), DES.block_size).decode()
