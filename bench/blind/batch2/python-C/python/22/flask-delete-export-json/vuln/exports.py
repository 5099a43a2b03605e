import os

from werkzeug.utils import secure_filename

EXPORT_ROOT = "/var/lib/app/exports"


def _user_dir(uid: int) -> str:
    return os.path.join(EXPORT_ROOT, str(int(uid)))


def list_exports(uid: int):
    d = _user_dir(uid)
    return sorted(os.listdir(d)) if os.path.isdir(d) else []


def delete_export(uid: int, name: str) -> bool:
    path = os.path.join(_user_dir(uid), name)
    if not os.path.isfile(path):
        return False
    os.remove(path)  # cg-expect: CWE-22
    return True
