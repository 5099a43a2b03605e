import os

UPLOAD_ROOT = "/srv/uploads"

def attachment_path(filename: str):
    root = os.path.realpath(UPLOAD_ROOT)
    path = os.path.realpath(os.path.join(root, filename))
    if os.path.commonpath([root, path]) != root:
        return None
    return path if os.path.isfile(path) else None
