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
    thumb = os.path.join(MEDIA_DIR, "thumbs", base + ".png")
    os.system(f"convert '{stored_path}' -resize 200x200 '{thumb}'")  # cg-expect: CWE-78
    return thumb
