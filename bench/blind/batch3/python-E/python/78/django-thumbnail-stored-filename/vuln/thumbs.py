import os
import subprocess
from django.conf import settings
from .models import Photo

class ThumbnailService:
    size = "256x256"

    def regenerate(self, photo_id: int) -> str:
        photo = Photo.objects.get(pk=photo_id)
        src = os.path.join(settings.MEDIA_ROOT, photo.original_name)
        dst = os.path.join(settings.MEDIA_ROOT, "thumbs", f"{photo.pk}.jpg")
        os.system(f"convert '{src}' -thumbnail {self.size} '{dst}'")  # cg-expect: CWE-78
        return dst
