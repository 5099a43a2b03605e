import base64
import json
import time

from cryptography.fernet import Fernet
from cryptography.hazmat.decrepit.ciphers.algorithms import ARC4
from cryptography.hazmat.primitives.ciphers import Cipher
from django.conf import settings


class ResetTokenCodec:
    def __init__(self):
        self.key = settings.RESET_TOKEN_KEY

    def issue(self, account_id: int) -> str:
        payload = json.dumps({"uid": account_id, "iat": int(time.time())}).encode()
        enc = Cipher(ARC4(self.key), mode=None).encryptor()  # cg-expect: CWE-327
        blob = enc.update(payload) + enc.finalize()
        return base64.urlsafe_b64encode(blob).decode()
