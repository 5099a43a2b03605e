import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["PREFS_KEY_HEX"])


def seal_blob(data: dict) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    padder = padding.PKCS7(128).padder()
    enc = Cipher(algorithms.AES(KEY), modes.ECB()).encryptor()  # cg-expect: CWE-327
    blob = enc.update(padder.update(raw) + padder.finalize()) + enc.finalize()
    return base64.urlsafe_b64encode(blob).decode()


def open_blob(token: str) -> dict:
    blob = base64.urlsafe_b64decode(token.encode())
    dec = Cipher(algorithms.AES(KEY), modes.ECB()).decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    raw = unpadder.update(dec.update(blob) + dec.finalize()) + unpadder.finalize()
    return json.loads(raw)
