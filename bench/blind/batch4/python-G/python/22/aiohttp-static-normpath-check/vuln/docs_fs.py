import os
from pathlib import Path

DOCS_ROOT = "/srv/app/docs"


def resolve_doc(rel: str) -> str:
    norm = os.path.normpath(rel)
    if norm.startswith(".."):
        raise PermissionError(rel)
    return os.path.join(DOCS_ROOT, norm)
