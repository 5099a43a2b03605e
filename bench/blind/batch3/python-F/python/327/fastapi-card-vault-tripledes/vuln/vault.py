import os
import secrets

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY = bytes.fromhex(os.environ["CARD_VAULT_KEY_HEX"])
_VAULT: dict[str, bytes] = {}


def _encrypt(plaintext: bytes) -> bytes:
    iv = os.urandom(8)
    padder = padding.PKCS7(64).padder()
    data = padder.update(plaintext) + padder.finalize()
    enc = Cipher(algorithms.TripleDES(_KEY[:24]), modes.CBC(iv)).encryptor()  # cg-expect: CWE-327
    return iv + enc.update(data) + enc.finalize()


async def store_card(customer_id: int, pan: str, expiry: str) -> str:
    ref = secrets.token_urlsafe(16)
    _VAULT[ref] = _encrypt(f"{customer_id}|{pan}|{expiry}".encode())
    return ref
