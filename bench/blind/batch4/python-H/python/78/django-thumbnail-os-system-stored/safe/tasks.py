import os
import subprocess

from .models import Photo

THUMB_DIR = "/srv/media/thumbs"


def make_thumbnail(photo_id: int) -> str:
    photo = Photo.objects.get(pk=photo_id)
    src = os.path.join("/srv/media/originals", str(photo.pk))
    out = os.path.join(THUMB_DIR, f"{photo.pk}.jpg")
    subprocess.run(["convert", src, "-resize", "256x256", "-set", "comment", photo.original_name, out], check=True)
    return out
