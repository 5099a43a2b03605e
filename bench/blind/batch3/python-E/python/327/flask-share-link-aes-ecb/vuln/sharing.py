import base64
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

class LinkCodec:
    def __init__(self, key: bytes):
        self.key = key

    def _cipher(self):
        return Cipher(algorithms.AES(self.key[:32]), modes.ECB())  # cg-expect: CWE-327

    def encode(self, text: str) -> str:
        p = padding.PKCS7(128).padder()
        enc = self._cipher().encryptor()
        return base64.urlsafe_b64encode(enc.update(p.update(text.encode()) + p.finalize()) + enc.finalize()).decode()

    def decode(self, token: str) -> str:
        dec = self._cipher().decryptor()
        u = padding.PKCS7(128).unpadder()
        raw = dec.update(base64.urlsafe_b64decode(token)) + dec.finalize()
        return (u.update(raw) + u.finalize()).decode()
