import base64
import json
import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = base64.urlsafe_b64decode(os.environ["LINK_KEY"])


def seal(payload: dict) -> str:
    data = json.dumps(payload, sort_keys=True).encode()
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()  # cg-expect: CWE-327
    return base64.urlsafe_b64encode(enc.update(padder.update(data) + padder.finalize()) + enc.finalize()).decode()


def unseal(token: str) -> dict:
    dec = Cipher(algorithms.AES(KEY), modes.ECB()).decryptor()
    raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
    unpadder = padding.PKCS7(128).unpadder()
    return json.loads(unpadder.update(raw) + unpadder.finalize())
