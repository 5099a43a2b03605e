import os
import shutil
import zipfile

MAX_FILES = 2000


def unpack_bundle(fileobj, dest_dir: str) -> int:
    count = 0
    os.makedirs(dest_dir, exist_ok=True)
    with zipfile.ZipFile(fileobj) as zf:
        for info in zf.infolist()[:MAX_FILES]:
            if info.is_dir():
                continue
            target = os.path.join(dest_dir, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:  # cg-expect: CWE-22
                shutil.copyfileobj(src, dst)
            count += 1
    return count
