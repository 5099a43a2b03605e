import os
import shutil
import zipfile


def import_bundle(fileobj, dest_root: str) -> list[str]:
    dest_root = os.path.realpath(dest_root)
    written = []
    with zipfile.ZipFile(fileobj) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(dest_root, info.filename))
            if os.path.commonpath([target, dest_root]) != dest_root:
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as dst:
                shutil.copyfileobj(src, dst)
            written.append(info.filename)
    return written
