import base64
import json
import time

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from django.conf import settings


def make_token(user_id: int) -> str:
    data = json.dumps({"uid": user_id, "ts": int(time.time())}).encode()
    return Fernet(settings.VERIFY_FERNET_KEY).encrypt(data).decode()
