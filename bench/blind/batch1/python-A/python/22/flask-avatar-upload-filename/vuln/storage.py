import os

from werkzeug.datastructures import FileStorage

AVATAR_ROOT = "/srv/app/static/avatars"


def avatar_dir(user_id: int) -> str:
    path = os.path.join(AVATAR_ROOT, str(user_id))
    os.makedirs(path, exist_ok=True)
    return path


def save_avatar(upload: FileStorage, user_id: int) -> str:
    target = os.path.join(avatar_dir(user_id), upload.filename)
    upload.save(target)  # cg-expect: CWE-22
    return target
