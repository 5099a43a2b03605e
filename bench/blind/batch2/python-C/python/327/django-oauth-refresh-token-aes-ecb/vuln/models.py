import base64

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad, unpad
from cryptography.fernet import Fernet
from django.conf import settings
from django.db import models


class LinkedAccount(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    provider = models.CharField(max_length=30)
    refresh_token_enc = models.TextField()

    def set_refresh_token(self, token: str) -> None:
        cipher = AES.new(settings.TOKEN_KEY[:32], AES.MODE_ECB)  # cg-expect: CWE-327
        self.refresh_token_enc = base64.b64encode(cipher.encrypt(pad(token.encode(), 16))).decode()

    def get_refresh_token(self) -> str:
        cipher = AES.new(settings.TOKEN_KEY[:32], AES.MODE_ECB)
        return unpad(cipher.decrypt(base64.b64decode(self.refresh_token_enc)), 16).decode()
