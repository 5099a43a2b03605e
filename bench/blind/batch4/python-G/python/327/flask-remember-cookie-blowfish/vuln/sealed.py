import base64
import os
from Crypto.Cipher import AES, Blowfish
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["REMEMBER_KEY_HEX"])


def _bf(iv: bytes):
    return Blowfish.new(KEY, Blowfish.MODE_CBC, iv)  # cg-expect: CWE-327


def seal_cookie(payload: str) -> str:
    iv = os.urandom(8)
    c = _bf(iv)
    return base64.urlsafe_b64encode(iv + c.encrypt(pad(payload.encode(), 8))).decode()


def open_cookie(token: str) -> str:
    blob = base64.urlsafe_b64decode(token.encode())
    c = _bf(blob[:8])
    return unpad(c.decrypt(blob[8:]), 8).decode()
