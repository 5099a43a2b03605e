from django.conf import settings
from django.db import models


class Attachment(models.Model):
    ticket = models.ForeignKey("Ticket", on_delete=models.CASCADE)
    display_name = models.CharField(max_length=255)
    stored_name = models.CharField(max_length=255)  # set from the upload form by the submitter
