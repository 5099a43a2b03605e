import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_backup(key: bytes, blob: bytes) -> bytes:
    iv = os.urandom(8)
    cipher = Cipher(algorithms.TripleDES(key), modes.CBC(iv))  # cg-expect: CWE-327
    enc = cipher.encryptor()
    return iv + enc.update(blob) + enc.finalize()
