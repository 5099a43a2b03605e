import base64
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305


class CardVault:
    def __init__(self, key: bytes):
        if len(key) != 32:
            raise ValueError("vault key must be 32 bytes")
        self._key = key

    def tokenize(self, pan: str) -> str:
        nonce = os.urandom(12)
        ct = ChaCha20Poly1305(self._key).encrypt(nonce, pan.encode("ascii"), b"pan")
        return base64.urlsafe_b64encode(nonce + ct).decode()

    @staticmethod
    def masked(pan: str) -> str:
        return "*" * (len(pan) - 4) + pan[-4:]
