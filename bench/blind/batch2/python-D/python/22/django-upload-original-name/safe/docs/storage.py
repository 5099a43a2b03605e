import os

from django.conf import settings
from django.utils.text import get_valid_filename


def project_root(project_id: int) -> str:
    root = os.path.join(settings.MEDIA_ROOT, "projects", str(project_id))
    os.makedirs(root, exist_ok=True)
    return root


def save_document(project_id: int, upload) -> str:
    root = project_root(project_id)
    name = get_valid_filename(os.path.basename(upload.name))
    dest = os.path.join(root, name)
    if os.path.commonpath([os.path.realpath(dest), os.path.realpath(root)]) != os.path.realpath(root):
        raise ValueError("invalid file name")
    os.makedirs(os.path.dirname(dest), exist_ok=True)
    with open(dest, "wb") as out:
        for chunk in upload.chunks():
            out.write(chunk)
    return os.path.relpath(dest, settings.MEDIA_ROOT)
