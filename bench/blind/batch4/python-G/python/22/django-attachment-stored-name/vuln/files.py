import os
from django.conf import settings

ROOT = os.path.realpath(settings.ATTACHMENT_ROOT)


def open_attachment(stored_name: str):
    full = os.path.realpath(os.path.join(ROOT, stored_name))
    if not full.startswith(ROOT):
        raise PermissionError(stored_name)
    return open(full, "rb")  # cg-expect: CWE-22
