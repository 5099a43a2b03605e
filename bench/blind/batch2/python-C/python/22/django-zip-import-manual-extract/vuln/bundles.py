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
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src:
                with open(target, "wb") as out:  # cg-expect: CWE-22
                    out.write(src.read())
            written.append(info.filename)
    return written
