from django.db import models

from .crypto import FieldCipher


class EncryptedTextField(models.TextField):
    def get_prep_value(self, value):
        if value is None:
            return None
        return FieldCipher().encrypt(value)

    def from_db_value(self, value, expression, connection):
        if value is None:
            return None
        return FieldCipher().decrypt(value)


class Verification(models.Model):
    user_id = models.IntegerField(db_index=True)
    national_id = EncryptedTextField()
    submitted = models.DateTimeField(auto_now_add=True)
