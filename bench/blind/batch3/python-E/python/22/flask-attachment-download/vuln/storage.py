import os

UPLOAD_ROOT = "/srv/uploads"

def attachment_path(filename: str):
    path = os.path.join(UPLOAD_ROOT, filename)
    return path if os.path.isfile(path) else None
