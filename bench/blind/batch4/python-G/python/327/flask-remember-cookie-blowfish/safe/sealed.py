import base64
import os
from Crypto.Cipher import AES, Blowfish
from Crypto.Util.Padding import pad, unpad

KEY = bytes.fromhex(os.environ["REMEMBER_KEY_HEX"])


def seal_cookie(payload: str) -> str:
    nonce = os.urandom(12)
    c = AES.new(KEY, AES.MODE_GCM, nonce=nonce)
    ct, tag = c.encrypt_and_digest(payload.encode())
    return base64.urlsafe_b64encode(nonce + tag + ct).decode()


def open_cookie(token: str) -> str:
    blob = base64.urlsafe_b64decode(token.encode())
    c = AES.new(KEY, AES.MODE_GCM, nonce=blob[:12])
    return c.decrypt_and_verify(blob[28:], blob[12:28]).decode()
