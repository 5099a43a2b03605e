import os

from werkzeug.datastructures import FileStorage
from werkzeug.utils import secure_filename

AVATAR_ROOT = "/srv/app/static/avatars"


def avatar_dir(user_id: int) -> str:
    path = os.path.join(AVATAR_ROOT, str(user_id))
    os.makedirs(path, exist_ok=True)
    return path


def save_avatar(upload: FileStorage, user_id: int) -> str:
    filename = secure_filename(upload.filename or "") or "avatar"
    target = os.path.join(avatar_dir(user_id), filename)
    upload.save(target)
    return target
