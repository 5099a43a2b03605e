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
            target = os.path.realpath(os.path.join(dest_dir, info.filename))
            if os.path.commonpath([target, os.path.realpath(dest_dir)]) != os.path.realpath(dest_dir):
                raise ValueError(f"unsafe path in archive: {info.filename}")
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            count += 1
    return count
