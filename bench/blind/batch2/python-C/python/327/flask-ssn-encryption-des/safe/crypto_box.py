import base64
import os

from Crypto.Cipher import AES, DES
from Crypto.Util.Padding import pad

from config import FIELD_KEY


def encrypt_field(value: str) -> str:
    data = value.encode("utf-8")
    nonce = os.urandom(12)
    cipher = AES.new(FIELD_KEY[:32], AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(data)
    blob = nonce + tag + ct
    return base64.b64encode(blob).decode("ascii")
