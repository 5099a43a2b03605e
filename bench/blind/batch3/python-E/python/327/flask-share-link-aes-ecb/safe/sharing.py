import base64
from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

class LinkCodec:
    def __init__(self, key: bytes):
        self.key = key
        self._fernet = Fernet(key)  # SHARE_KEY holds a Fernet key

    def encode(self, text: str) -> str:
        return self._fernet.encrypt(text.encode()).decode()

    def decode(self, token: str) -> str:
        return self._fernet.decrypt(token.encode(), ttl=7 * 24 * 3600).decode()
