import os
import re
import shutil
import zipfile

from django.conf import settings

SLUG_RE = re.compile(r"[a-z0-9-]{2,40}")


def install_theme(uploaded_file, owner_id: int, slug: str) -> list[str]:
    """Install a site owner's custom theme under THEMES_ROOT/<owner>/<slug>."""
    if not SLUG_RE.fullmatch(slug):
        raise ValueError("invalid theme slug")
    dest = os.path.realpath(os.path.join(settings.THEMES_ROOT, str(owner_id), slug))
    os.makedirs(dest, exist_ok=True)
    installed = []
    with zipfile.ZipFile(uploaded_file) as zf:
        for member in zf.infolist():
            if member.is_dir():
                continue
            target = os.path.realpath(os.path.join(dest, member.filename))
            if os.path.commonpath([dest, target]) != dest:
                raise ValueError(f"archive entry escapes the theme folder: {member.filename}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(member) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            installed.append(member.filename)
    return installed
