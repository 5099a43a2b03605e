import os
from werkzeug.utils import secure_filename

AVATAR_DIR = "/srv/app/static/avatars"
ALLOWED = {".png", ".jpg", ".jpeg", ".gif"}


def store_avatar(file_storage) -> str:
    name = file_storage.filename
    ext = os.path.splitext(name)[1].lower()
    if ext not in ALLOWED:
        raise ValueError("type not allowed")
    dest = os.path.join(AVATAR_DIR, name)
    file_storage.save(dest)  # cg-expect: CWE-22
    return "/static/avatars/" + name
