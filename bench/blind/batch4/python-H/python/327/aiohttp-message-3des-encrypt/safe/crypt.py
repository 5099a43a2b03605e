import os

from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["MSG_KEY"])


def encrypt(text: str) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY[:32]).encrypt(nonce, text.encode(), None)
