import os
import secrets

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

_KEY = bytes.fromhex(os.environ["CARD_VAULT_KEY_HEX"])
_VAULT: dict[str, bytes] = {}


def _encrypt(plaintext: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(_KEY[:32]).encrypt(nonce, plaintext, None)


async def store_card(customer_id: int, pan: str, expiry: str) -> str:
    ref = secrets.token_urlsafe(16)
    _VAULT[ref] = _encrypt(f"{customer_id}|{pan}|{expiry}".encode())
    return ref
