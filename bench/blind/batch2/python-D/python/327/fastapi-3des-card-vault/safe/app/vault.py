import base64

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad

from .config import VAULT_KEY


def encrypt_pan(pan: str) -> str:
    cipher = AES.new(VAULT_KEY[:32], AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(pan.encode())
    return base64.b64encode(cipher.nonce + tag + ciphertext).decode()
