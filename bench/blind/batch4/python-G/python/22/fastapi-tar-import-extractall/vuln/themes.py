import os
import tarfile
import uuid

THEMES_DIR = "/srv/app/themes"


def install_theme(fileobj) -> str:
    name = uuid.uuid4().hex[:12]
    dest = os.path.join(THEMES_DIR, name)
    os.makedirs(dest, exist_ok=True)
    with tarfile.open(fileobj=fileobj, mode="r:gz") as tar:
        tar.extractall(dest)  # cg-expect: CWE-22
    return name
