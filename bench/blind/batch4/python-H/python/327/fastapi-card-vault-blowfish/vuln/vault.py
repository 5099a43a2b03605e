import base64
import os

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad


class CardVault:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, pan: str) -> str:
        iv = os.urandom(8)
        c = Blowfish.new(self.key, Blowfish.MODE_CBC, iv)  # cg-expect: CWE-327
        return base64.b64encode(iv + c.encrypt(pad(pan.encode(), 8))).decode()
