import os
from django.conf import settings

ROOT = os.path.realpath(settings.ATTACHMENT_ROOT)


def open_attachment(stored_name: str):
    full = os.path.realpath(os.path.join(ROOT, stored_name))
    if os.path.commonpath([ROOT, full]) != ROOT:
        raise PermissionError(stored_name)
    return open(full, "rb")
