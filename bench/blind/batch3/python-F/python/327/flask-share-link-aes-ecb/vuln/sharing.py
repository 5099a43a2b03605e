import base64
import json
import os
import time

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def make_link_token(key: bytes, doc_id: int, can_edit: bool) -> str:
    payload = json.dumps({"doc": doc_id, "edit": can_edit, "exp": int(time.time()) + 86400}).encode()
    padder = padding.PKCS7(128).padder()
    data = padder.update(payload) + padder.finalize()
    enc = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # cg-expect: CWE-327
    blob = enc.update(data) + enc.finalize()
    return base64.urlsafe_b64encode(blob).decode()


def read_link_token(key: bytes, token: str):
    try:
        blob = base64.urlsafe_b64decode(token.encode())
        dec = Cipher(algorithms.AES(key), modes.ECB()).decryptor()
        unpadder = padding.PKCS7(128).unpadder()
        raw = unpadder.update(dec.update(blob) + dec.finalize()) + unpadder.finalize()
        data = json.loads(raw)
    except Exception:
        return None
    return data if data.get("exp", 0) > time.time() else None
