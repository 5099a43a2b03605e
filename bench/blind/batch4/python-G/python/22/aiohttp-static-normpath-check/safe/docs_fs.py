import os
from pathlib import Path

DOCS_ROOT = "/srv/app/docs"


def resolve_doc(rel: str) -> str:
    root = Path(DOCS_ROOT).resolve()
    candidate = (root / rel).resolve()
    if not candidate.is_relative_to(root):
        raise PermissionError(rel)
    return os.path.join(DOCS_ROOT, str(candidate.relative_to(root)))
