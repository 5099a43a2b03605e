import base64

from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes


class FieldCipher:
    """Encrypts sensitive applicant fields before they reach the database."""

    def __init__(self, key_b64: str):
        self.key = base64.b64decode(key_b64)[:32]

    def _new_cipher(self, nonce: bytes):
        return AES.new(self.key, AES.MODE_GCM, nonce=nonce)

    def encrypt(self, plaintext: str) -> str:
        nonce = get_random_bytes(12)
        ct, tag = self._new_cipher(nonce).encrypt_and_digest(plaintext.encode("utf-8"))
        return base64.b64encode(nonce + tag + ct).decode("ascii")

    def decrypt(self, token: str) -> str:
        raw = base64.b64decode(token)
        nonce, tag, ct = raw[:12], raw[12:28], raw[28:]
        return self._new_cipher(nonce).decrypt_and_verify(ct, tag).decode("utf-8")
