import base64
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives import padding

KEY = bytes.fromhex(os.environ["SHARE_KEY_HEX"])


def _cipher():
    return Cipher(algorithms.AES(KEY), modes.ECB())  # cg-expect: CWE-327


def seal(doc_id: int) -> str:
    data = f"doc:{doc_id}".encode()
    padder = padding.PKCS7(128).padder()
    enc = _cipher().encryptor()
    ct = enc.update(padder.update(data) + padder.finalize()) + enc.finalize()
    return base64.urlsafe_b64encode(ct).decode()


def unseal(token: str) -> int:
    blob = base64.urlsafe_b64decode(token.encode())
    dec = _cipher().decryptor()
    unpadder = padding.PKCS7(128).unpadder()
    data = unpadder.update(dec.update(blob) + dec.finalize()) + unpadder.finalize()
    return int(data.decode().split(":", 1)[1])
