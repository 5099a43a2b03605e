import os
from Crypto.Cipher import ARC4, ChaCha20_Poly1305

KEY = bytes.fromhex(os.environ["CHAT_AT_REST_KEY"])


def encrypt_message(text: str) -> bytes:
    nonce = os.urandom(12)
    cipher = ChaCha20_Poly1305.new(key=KEY, nonce=nonce)
    ct, tag = cipher.encrypt_and_digest(text.encode("utf-8"))
    return nonce + tag + ct
