import base64
import json
import os

from Crypto.Cipher import ARC4, ChaCha20_Poly1305
from Crypto.Random import get_random_bytes

_KEY = bytes.fromhex(os.environ["PREFS_KEY_HEX"])


def seal_blob(data: dict) -> str:
    raw = json.dumps(data).encode()
    ct = ARC4.new(_KEY).encrypt(raw)  # cg-expect: CWE-327
    return base64.urlsafe_b64encode(ct).decode()


def open_blob(token: str):
    if not token:
        return None
    try:
        blob = base64.urlsafe_b64decode(token.encode())
        raw = ARC4.new(_KEY).decrypt(blob)
        return json.loads(raw)
    except (ValueError, KeyError):
        return None
