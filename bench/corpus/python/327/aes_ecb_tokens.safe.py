from Crypto.Cipher import AES
from Crypto.Util.Padding import pad


class TokenCipher:
    def __init__(self, key: bytes):
        self.key = key

    def seal(self, plaintext: bytes) -> bytes:
        cipher = AES.new(self.key, AES.MODE_GCM)
        return cipher.nonce + cipher.encrypt(pad(plaintext, 16))
