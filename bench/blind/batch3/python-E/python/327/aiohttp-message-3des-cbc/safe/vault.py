import os
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

KEY = bytes.fromhex(os.environ["MESSAGE_KEY_HEX"])

def seal_message(plain: bytes) -> bytes:
    nonce = os.urandom(12)
    return nonce + AESGCM(KEY[:32]).encrypt(nonce, plain, None)
