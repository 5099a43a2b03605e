import base64
import json
import time

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from flask import current_app


def _cipher():
    key = bytes.fromhex(current_app.config["REMEMBER_KEY_HEX"])
    return Cipher(algorithms.AES(key), modes.ECB())  # cg-expect: CWE-327


def seal(user_id: int, role: str) -> str:
    body = json.dumps({"uid": user_id, "role": role, "iat": int(time.time())}).encode()
    padder = padding.PKCS7(128).padder()
    data = padder.update(body) + padder.finalize()
    enc = _cipher().encryptor()
    return base64.urlsafe_b64encode(enc.update(data) + enc.finalize()).decode()


def unseal(token: str, max_age: int = 30 * 86400) -> dict | None:
    try:
        raw = base64.urlsafe_b64decode(token.encode())
        dec = _cipher().decryptor()
        data = dec.update(raw) + dec.finalize()
        unpadder = padding.PKCS7(128).unpadder()
        claims = json.loads(unpadder.update(data) + unpadder.finalize())
    except (ValueError, json.JSONDecodeError):
        return None
    if claims.get("iat", 0) + max_age < time.time():
        return None
    return claims
