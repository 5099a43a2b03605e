import base64
import json
import os
import time

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import current_app


def _key() -> bytes:
    return bytes.fromhex(current_app.config["REMEMBER_KEY_HEX"])


def seal(user_id: int, role: str) -> str:
    body = json.dumps({"uid": user_id, "role": role, "iat": int(time.time())}).encode()
    iv = os.urandom(12)
    enc = Cipher(algorithms.AES(_key()), modes.GCM(iv)).encryptor()
    ct = enc.update(body) + enc.finalize()
    return base64.urlsafe_b64encode(iv + enc.tag + ct).decode()


def unseal(token: str, max_age: int = 30 * 86400) -> dict | None:
    try:
        raw = base64.urlsafe_b64decode(token.encode())
        iv, tag, ct = raw[:12], raw[12:28], raw[28:]
        dec = Cipher(algorithms.AES(_key()), modes.GCM(iv, tag)).decryptor()
        claims = json.loads(dec.update(ct) + dec.finalize())
    except (ValueError, InvalidTag, json.JSONDecodeError):
        return None
    if claims.get("iat", 0) + max_age < time.time():
        return None
    return claims
