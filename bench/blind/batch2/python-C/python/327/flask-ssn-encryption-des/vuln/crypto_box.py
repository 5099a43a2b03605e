import base64
import os

from Crypto.Cipher import AES, DES
from Crypto.Util.Padding import pad

from config import FIELD_KEY


def encrypt_field(value: str) -> str:
    data = value.encode("utf-8")
    cipher = DES.new(FIELD_KEY[:8], DES.MODE_ECB)  # cg-expect: CWE-327
    blob = cipher.encrypt(pad(data, DES.block_size))
    return base64.b64encode(blob).decode("ascii")
