import os

from django.conf import settings

DOCS_ROOT = os.path.join(settings.BASE_DIR, "shared_docs")


def resolve_document(name: str):
    if not name:
        return None
    candidate = os.path.join(DOCS_ROOT, name)
    if not candidate.startswith(DOCS_ROOT):
        return None
    if not os.path.isfile(candidate):
        return None
    return candidate
