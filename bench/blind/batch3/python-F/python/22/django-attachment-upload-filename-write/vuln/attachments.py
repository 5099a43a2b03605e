import os

from django.conf import settings
from django.utils.text import get_valid_filename


def store_attachment(ticket_id: int, upload, save_as: str) -> str:
    folder = os.path.join(settings.MEDIA_ROOT, "tickets", str(int(ticket_id)))
    os.makedirs(folder, exist_ok=True)
    name = save_as
    path = os.path.join(folder, name)
    with open(path, "wb") as dest:  # cg-expect: CWE-22
        for chunk in upload.chunks():
            dest.write(chunk)
    return name
