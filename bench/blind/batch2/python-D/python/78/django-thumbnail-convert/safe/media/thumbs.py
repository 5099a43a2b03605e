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
    ext = os.path.splitext(original_name)[1].lower()
    if ext not in {".png", ".jpg", ".jpeg", ".gif"}:
        ext = ".png"
    out_name = "thumb_" + uuid.uuid4().hex + ext
    out_path = os.path.join(THUMB_DIR, out_name)
    cmd = ["convert", src_path, "-thumbnail", f"{size}x{size}", out_path]
    subprocess.run(cmd, check=True, timeout=30)
    return out_name
