import base64
import json
import os
import time

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM


def make_link_token(key: bytes, doc_id: int, can_edit: bool) -> str:
    payload = json.dumps({"doc": doc_id, "edit": can_edit, "exp": int(time.time()) + 86400}).encode()
    nonce = os.urandom(12)
    blob = nonce + AESGCM(key).encrypt(nonce, payload, b"share-link")
    return base64.urlsafe_b64encode(blob).decode()


def read_link_token(key: bytes, token: str):
    try:
        blob = base64.urlsafe_b64decode(token.encode())
        raw = AESGCM(key).decrypt(blob[:12], blob[12:], b"share-link")
        data = json.loads(raw)
    except Exception:
        return None
    return data if data.get("exp", 0) > time.time() else None
