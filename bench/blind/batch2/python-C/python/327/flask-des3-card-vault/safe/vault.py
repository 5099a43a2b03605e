import base64
import os
import secrets

from Crypto.Cipher import AES, DES3
from Crypto.Util.Padding import pad


class CardVault:
    def __init__(self):
        self.key = base64.b64decode(os.environ["VAULT_KEY"])
        self._rows = {}

    def _encrypt(self, data: bytes) -> bytes:
        cipher = AES.new(self.key[:32], AES.MODE_GCM)
        ct, tag = cipher.encrypt_and_digest(data)
        return cipher.nonce + tag + ct

    def store(self, pan: str, merchant_id) -> str:
        token = "tok_" + secrets.token_urlsafe(18)
        self._rows[token] = {"merchant": merchant_id, "blob": base64.b64encode(self._encrypt(pan.encode())).decode()}
        return token
