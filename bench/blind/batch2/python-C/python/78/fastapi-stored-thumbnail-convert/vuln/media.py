import os
import subprocess

MEDIA_DIR = "/srv/media"


def make_thumbnail(stored_name: str, width: int) -> str:
    src = os.path.join(MEDIA_DIR, stored_name)
    dst = os.path.join(MEDIA_DIR, "thumbs", f"{width}_{os.path.basename(stored_name)}")
    os.popen(f"convert '{src}' -resize {width}x '{dst}'").read()  # cg-expect: CWE-78
    return dst
