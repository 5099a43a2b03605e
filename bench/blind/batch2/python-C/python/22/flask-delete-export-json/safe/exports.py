import os

from werkzeug.utils import secure_filename

EXPORT_ROOT = "/var/lib/app/exports"


def _user_dir(uid: int) -> str:
    return os.path.join(EXPORT_ROOT, str(int(uid)))


def list_exports(uid: int):
    d = _user_dir(uid)
    return sorted(os.listdir(d)) if os.path.isdir(d) else []


def delete_export(uid: int, name: str) -> bool:
    base = os.path.realpath(_user_dir(uid))
    path = os.path.realpath(os.path.join(base, secure_filename(name)))
    if os.path.commonpath([path, base]) != base or path == base:
        return False
    if not os.path.isfile(path):
        return False
    os.remove(path)
    return True
