import os

from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_backup(key: bytes, blob: bytes) -> bytes:
    iv = os.urandom(16)
    cipher = Cipher(algorithms.AES(key), modes.CTR(iv))
    enc = cipher.encryptor()
    return iv + enc.update(blob) + enc.finalize()
