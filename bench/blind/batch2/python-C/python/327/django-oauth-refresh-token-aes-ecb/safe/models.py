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
        self.refresh_token_enc = Fernet(settings.FERNET_KEY).encrypt(token.encode()).decode()

    def get_refresh_token(self) -> str:
        return Fernet(settings.FERNET_KEY).decrypt(self.refresh_token_enc.encode()).decode()
