import os
import subprocess

MEDIA_DIR = "/srv/media"


def make_thumbnail(stored_name: str, width: int) -> str:
    src = os.path.join(MEDIA_DIR, stored_name)
    dst = os.path.join(MEDIA_DIR, "thumbs", f"{width}_{os.path.basename(stored_name)}")
    subprocess.run(["convert", src, "-resize", f"{width}x", dst], check=True, timeout=60)
    return dst
