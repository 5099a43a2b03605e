import os
import subprocess
import uuid

from django.conf import settings

THUMB_DIR = os.path.join(settings.MEDIA_ROOT, "thumbs")
ALLOWED_SIZES = {"64", "128", "256"}


def store_upload(upload):
    path = os.path.join(settings.MEDIA_ROOT, "incoming", uuid.uuid4().hex)
    with open(path, "wb") as fh:
        for chunk in upload.chunks():
            fh.write(chunk)
    return path


def make_thumbnail(src_path, original_name, size="128"):
    if size not in ALLOWED_SIZES:
        size = "128"
    out_name = "thumb_" + original_name
    out_path = os.path.join(THUMB_DIR, out_name)
    cmd = f"convert {src_path} -thumbnail {size}x{size} '{out_path}'"
    subprocess.run(cmd, shell=True, check=True, timeout=30)  # cg-expect: CWE-78
    return out_name
