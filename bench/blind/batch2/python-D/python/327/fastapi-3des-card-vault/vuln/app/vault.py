import base64

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad

from .config import VAULT_KEY


def encrypt_pan(pan: str) -> str:
    cipher = DES3.new(VAULT_KEY[:24], DES3.MODE_ECB)
    return base64.b64encode(cipher.encrypt(pad(pan.encode(), 8))).decode()  # cg-expect: CWE-327
