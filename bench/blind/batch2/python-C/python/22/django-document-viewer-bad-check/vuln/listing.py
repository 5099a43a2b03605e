import os

from .docs import DOCS_ROOT


def list_documents():
    out = []
    for dirpath, _dirs, files in os.walk(DOCS_ROOT):
        for name in files:
            rel = os.path.relpath(os.path.join(dirpath, name), DOCS_ROOT)
            out.append(rel)
    return sorted(out)
