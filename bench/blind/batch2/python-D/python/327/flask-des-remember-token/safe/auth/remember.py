import base64
import json
import time

from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from flask import current_app


def _key() -> bytes:
    return bytes.fromhex(current_app.config["REMEMBER_KEY_HEX"])


def _cipher(nonce: bytes | None = None):
    return AES.new(_key()[:32], AES.MODE_GCM, nonce=nonce or get_random_bytes(12))


def issue_token(user_id: int) -> str:
    payload = json.dumps({"uid": user_id, "iat": int(time.time())}).encode()
    cipher = _cipher()
    ciphertext, tag = cipher.encrypt_and_digest(payload)
    return base64.urlsafe_b64encode(cipher.nonce + tag + ciphertext).decode()


def read_token(token: str) -> dict:
    blob = base64.urlsafe_b64decode(token)
    nonce, tag, ciphertext = blob[:12], blob[12:28], blob[28:]
    return json.loads(_cipher(nonce).decrypt_and_verify(ciphertext, tag))
