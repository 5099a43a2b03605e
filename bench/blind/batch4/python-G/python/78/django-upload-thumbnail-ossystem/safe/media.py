import os
import subprocess
import uuid

MEDIA_DIR = "/srv/media"


def save_upload(f) -> str:
    path = os.path.join(MEDIA_DIR, uuid.uuid4().hex)
    with open(path, "wb") as out:
        for chunk in f.chunks():
            out.write(chunk)
    return path


def make_thumbnail(stored_path: str, original_name: str) -> str:
    base = os.path.splitext(os.path.basename(original_name))[0]
    safe_base = "".join(c for c in base if c.isalnum() or c in "-_")[:64] or "thumb"
    thumb = os.path.join(MEDIA_DIR, "thumbs", safe_base + "-" + uuid.uuid4().hex[:8] + ".png")
    subprocess.run(["convert", stored_path, "-resize", "200x200", thumb], check=True, timeout=30)
    return thumb
