import base64
import json
import os

from Crypto.Cipher import ARC4, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

_KEY = bytes.fromhex(os.environ["PREFS_KEY_HEX"])


def seal_blob(data: dict) -> str:
    raw = json.dumps(data).encode()
    nonce = get_random_bytes(12)
    cipher = ChaCha20_Poly1305.new(key=_KEY, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(raw)
    return base64.urlsafe_b64encode(nonce + tag + ct).decode()


def open_blob(token: str):
    if not token:
        return None
    try:
        blob = base64.urlsafe_b64decode(token.encode())
        cipher = ChaCha20_Poly1305.new(key=_KEY, nonce=blob[:12])
        raw = cipher.decrypt_and_verify(blob[28:], blob[12:28])
        return json.loads(raw)
    except (ValueError, KeyError):
        return None
