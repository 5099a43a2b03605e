import base64
import os

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models


def _key() -> bytes:
    return base64.b64decode(settings.FIELD_ENCRYPTION_KEY)


class EncryptedTextField(models.TextField):
    """Transparently encrypts values at rest."""

    def get_prep_value(self, value):
        if value is None:
            return None
        iv = os.urandom(12)
        enc = Cipher(algorithms.AES(_key()), modes.GCM(iv)).encryptor()
        ct = enc.update(str(value).encode()) + enc.finalize()
        return base64.b64encode(iv + enc.tag + ct).decode()

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        raw = base64.b64decode(value)
        dec = Cipher(algorithms.AES(_key()), modes.GCM(raw[:12], raw[12:28])).decryptor()
        try:
            return (dec.update(raw[28:]) + dec.finalize()).decode()
        except InvalidTag as exc:
            raise ValidationError("ciphertext was tampered with") from exc
