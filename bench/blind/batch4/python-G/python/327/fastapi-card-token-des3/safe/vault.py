import os
import secrets
from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["CARD_VAULT_KEY"])


def protect(number: str) -> tuple[str, bytes]:
    nonce = os.urandom(12)
    cipher = AES.new(KEY[:32], AES.MODE_GCM, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(number.encode())
    blob = nonce + tag + ct
    return secrets.token_urlsafe(16), blob
