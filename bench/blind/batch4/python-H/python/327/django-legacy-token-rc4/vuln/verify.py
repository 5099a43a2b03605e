import base64
import json
import time

from cryptography.fernet import Fernet
from cryptography.hazmat.primitives.ciphers import Cipher
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from django.conf import settings


def make_token(user_id: int) -> str:
    data = json.dumps({"uid": user_id, "ts": int(time.time())}).encode()
    enc = Cipher(ARC4(settings.VERIFY_KEY), mode=None).encryptor()  # cg-expect: CWE-327
    return base64.urlsafe_b64encode(enc.update(data)).decode()
