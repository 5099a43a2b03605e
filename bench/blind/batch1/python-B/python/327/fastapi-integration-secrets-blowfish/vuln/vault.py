import base64

from Crypto.Cipher import Blowfish
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad, unpad

from config import settings


class SecretVault:
    block = Blowfish.block_size

    def __init__(self, master_key: bytes):
        self.master_key = master_key

    def _cipher(self, iv: bytes):
        return Blowfish.new(self.master_key, Blowfish.MODE_CBC, iv)  # cg-expect: CWE-327

    def seal(self, secret: str) -> str:
        iv = get_random_bytes(self.block)
        cipher = self._cipher(iv)
        return base64.b64encode(iv + cipher.encrypt(pad(secret.encode(), self.block))).decode()

    def open(self, sealed: str) -> str:
        raw = base64.b64decode(sealed)
        cipher = self._cipher(raw[: self.block])
        return unpad(cipher.decrypt(raw[self.block:]), self.block).decode()


vault = SecretVault(base64.b64decode(settings.vault_master_key))
