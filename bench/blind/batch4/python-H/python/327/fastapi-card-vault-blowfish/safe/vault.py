import base64
import os

from Crypto.Cipher import ChaCha20_Poly1305


class CardVault:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, pan: str) -> str:
        nonce = os.urandom(12)
        c = ChaCha20_Poly1305.new(key=self.key[:32], nonce=nonce)
        ct, tag = c.encrypt_and_digest(pan.encode())
        return base64.b64encode(nonce + tag + ct).decode()
