import base64
import json
import time

from Crypto.Cipher import AES, DES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad
from flask import current_app


def _key() -> bytes:
    return bytes.fromhex(current_app.config["REMEMBER_KEY_HEX"])


def _cipher():
    return DES.new(_key()[:8], DES.MODE_ECB)  # cg-expect: CWE-327


def issue_token(user_id: int) -> str:
    payload = json.dumps({"uid": user_id, "iat": int(time.time())}).encode()
    blob = _cipher().encrypt(pad(payload, DES.block_size))
    return base64.urlsafe_b64encode(blob).decode()


def read_token(token: str) -> dict:
    blob = base64.urlsafe_b64decode(token)
    return json.loads(unpad(_cipher().decrypt(blob), DES.block_size))
