import base64
import json
import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["PREFS_KEY_HEX"])


def seal_blob(data: dict) -> str:
    raw = json.dumps(data, separators=(",", ":")).encode()
    nonce = os.urandom(12)
    blob = nonce + AESGCM(KEY).encrypt(nonce, raw, b"prefs")
    return base64.urlsafe_b64encode(blob).decode()


def open_blob(token: str) -> dict:
    blob = base64.urlsafe_b64decode(token.encode())
    raw = AESGCM(KEY).decrypt(blob[:12], blob[12:], b"prefs")
    return json.loads(raw)
