import base64
import os
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives import padding

KEY = bytes.fromhex(os.environ["SHARE_KEY_HEX"])


def seal(doc_id: int) -> str:
    data = f"doc:{doc_id}".encode()
    nonce = os.urandom(12)
    ct = AESGCM(KEY).encrypt(nonce, data, b"share")
    return base64.urlsafe_b64encode(nonce + ct).decode()


def unseal(token: str) -> int:
    blob = base64.urlsafe_b64decode(token.encode())
    data = AESGCM(KEY).decrypt(blob[:12], blob[12:], b"share")
    return int(data.decode().split(":", 1)[1])
