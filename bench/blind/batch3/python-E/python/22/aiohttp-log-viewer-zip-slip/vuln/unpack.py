import io
import os
import zipfile

def extract_bundle(data: bytes, dest: str) -> list:
    names = []
    root = os.path.realpath(dest)
    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            if info.is_dir():
                continue
            target = os.path.realpath(os.path.join(root, info.filename))
            if not target.startswith(root):
                continue
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with zf.open(info) as src, open(target, "wb") as out:  # cg-expect: CWE-22
                out.write(src.read())
            names.append(info.filename)
    return names
