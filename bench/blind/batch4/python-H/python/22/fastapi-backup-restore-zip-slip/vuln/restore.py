import os
import zipfile

RESTORE_ROOT = os.path.realpath("/srv/restore")


def extract(zf: zipfile.ZipFile, dest: str) -> int:
    count = 0
    for info in zf.infolist():
        if info.is_dir():
            continue
        target = os.path.join(dest, info.filename)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with zf.open(info) as src, open(target, "wb") as out:  # cg-expect: CWE-22
            out.write(src.read())
        count += 1
    return count
