import os

from django.conf import settings

DOCS_ROOT = os.path.join(settings.BASE_DIR, "shared_docs")


def resolve_document(name: str):
    if not name:
        return None
    candidate = os.path.join(DOCS_ROOT, name)
    candidate = os.path.realpath(candidate)
    root = os.path.realpath(DOCS_ROOT)
    if os.path.commonpath([candidate, root]) != root:
        return None
    if not os.path.isfile(candidate):
        return None
    return candidate
