import os
import secrets
from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad

KEY = bytes.fromhex(os.environ["CARD_VAULT_KEY"])


def protect(number: str) -> tuple[str, bytes]:
    iv = os.urandom(8)
    cipher = DES3.new(KEY[:24], DES3.MODE_CBC, iv)  # cg-expect: CWE-327
    blob = iv + cipher.encrypt(pad(number.encode(), 8))
    return secrets.token_urlsafe(16), blob
