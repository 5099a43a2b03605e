import os

STATIC_ROOT = "/srv/app/static"


def resolve_static(rel: str):
    candidate = os.path.normpath(os.path.join(STATIC_ROOT, rel))
    if not candidate.startswith(STATIC_ROOT):
        return None
    if not os.path.isfile(candidate):
        return None
    return candidate
