import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["MESSAGE_KEY_HEX"])

def seal_message(plain: bytes) -> bytes:
    iv = os.urandom(8)
    enc = Cipher(algorithms.TripleDES(KEY[:24]), modes.CBC(iv)).encryptor()  # cg-expect: CWE-327
    padder = padding.PKCS7(64).padder()
    return iv + enc.update(padder.update(plain) + padder.finalize()) + enc.finalize()
