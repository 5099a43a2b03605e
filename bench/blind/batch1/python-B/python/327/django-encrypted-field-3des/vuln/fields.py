import base64
import os

from cryptography.hazmat.decrepit.ciphers.algorithms import TripleDES
from cryptography.hazmat.primitives import padding
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from django.conf import settings
from django.db import models


def _key() -> bytes:
    return base64.b64decode(settings.FIELD_ENCRYPTION_KEY)


def _cipher(iv: bytes) -> Cipher:
    return Cipher(TripleDES(_key()), modes.CBC(iv))  # cg-expect: CWE-327


class EncryptedTextField(models.TextField):
    """Transparently encrypts values at rest."""

    def get_prep_value(self, value):
        if value is None:
            return None
        iv = os.urandom(8)
        padder = padding.PKCS7(64).padder()
        data = padder.update(str(value).encode()) + padder.finalize()
        enc = _cipher(iv).encryptor()
        return base64.b64encode(iv + enc.update(data) + enc.finalize()).decode()

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        raw = base64.b64decode(value)
        dec = _cipher(raw[:8]).decryptor()
        data = dec.update(raw[8:]) + dec.finalize()
        unpadder = padding.PKCS7(64).unpadder()
        return (unpadder.update(data) + unpadder.finalize()).decode()
