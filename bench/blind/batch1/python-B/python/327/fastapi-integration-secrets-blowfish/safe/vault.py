import base64

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from Crypto.Random import get_random_bytes

from config import settings


class SecretVault:
    nonce_size = 12

    def __init__(self, master_key: bytes):
        self.master_key = master_key
        self._aead = AESGCM(master_key)

    def seal(self, secret: str) -> str:
        nonce = get_random_bytes(self.nonce_size)
        return base64.b64encode(nonce + self._aead.encrypt(nonce, secret.encode(), b"integration")).decode()

    def open(self, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        return self._aead.decrypt(raw[: self.nonce_size], raw[self.nonce_size:], b"integration").decode()


vault = SecretVault(base64.b64decode(settings.vault_master_key))
