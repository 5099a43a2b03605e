from django.conf import settings
from django.db import models

from .fields import EncryptedTextField


class ClinicalNote(models.Model):
    patient = models.ForeignKey("patients.Patient", on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    created = models.DateTimeField(auto_now_add=True)
    body = EncryptedTextField()
