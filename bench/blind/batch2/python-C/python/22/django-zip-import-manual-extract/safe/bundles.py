import os
import zipfile

from django.conf import settings


def import_bundle(project_id: int, uploaded) -> list[str]:
    dest = os.path.realpath(os.path.join(settings.MEDIA_ROOT, "projects", str(project_id)))
    os.makedirs(dest, exist_ok=True)
    written = []
    with zipfile.ZipFile(uploaded) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            target = os.path.realpath(target)
            if os.path.commonpath([target, dest]) != dest:
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src:
                with open(target, "wb") as out:
                    out.write(src.read())
            written.append(info.filename)
    return written
