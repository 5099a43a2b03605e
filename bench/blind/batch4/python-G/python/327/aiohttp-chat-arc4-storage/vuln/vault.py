import os
from Crypto.Cipher import ARC4, ChaCha20_Poly1305

KEY = bytes.fromhex(os.environ["CHAT_AT_REST_KEY"])


def encrypt_message(text: str) -> bytes:
    cipher = ARC4.new(KEY)  # cg-expect: CWE-327
    return cipher.encrypt(text.encode("utf-8"))
