import os

from django.conf import settings
from django.db import models


class Attachment(models.Model):
    ticket = models.ForeignKey("helpdesk.Ticket", related_name="attachments", on_delete=models.CASCADE)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    # file name chosen by the uploader, also used as the on-disk name inside the ticket folder
    stored_name = models.CharField(max_length=255)
    size = models.PositiveIntegerField()

    @property
    def folder(self) -> str:
        return os.path.join(settings.ATTACHMENT_ROOT, f"ticket-{self.ticket_id}")

    @property
    def disk_path(self) -> str:
        return os.path.join(self.folder, self.stored_name)
