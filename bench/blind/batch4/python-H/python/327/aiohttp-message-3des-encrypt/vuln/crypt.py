import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["MSG_KEY"])


def encrypt(text: str) -> bytes:
    iv = os.urandom(8)
    p = padding.PKCS7(64).padder()
    enc = Cipher(TripleDES(KEY[:24]), modes.CBC(iv)).encryptor()  # cg-expect: CWE-327
    return iv + enc.update(p.update(text.encode()) + p.finalize()) + enc.finalize()
