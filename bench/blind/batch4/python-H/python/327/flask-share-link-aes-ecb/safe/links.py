import base64
import json
import os

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

KEY = base64.urlsafe_b64decode(os.environ["LINK_KEY"])


def seal(payload: dict) -> str:
    data = json.dumps(payload, sort_keys=True).encode()
    return Fernet(base64.urlsafe_b64encode(KEY)).encrypt(data).decode()


def unseal(token: str) -> dict:
    return json.loads(Fernet(base64.urlsafe_b64encode(KEY)).decrypt(token.encode(), ttl=7 * 86400))
