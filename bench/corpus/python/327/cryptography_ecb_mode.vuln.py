from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes


def encrypt_record(key: bytes, record: bytes) -> bytes:
    padder = padding.PKCS7(128).padder()
    data = padder.update(record) + padder.finalize()
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # cg-expect: CWE-327
    return encryptor.update(data) + encryptor.finalize()
