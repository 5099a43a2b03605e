import os

from django.conf import settings

EXPORT_DIR = os.path.join(settings.MEDIA_ROOT, "exports")


class BadExportPath(Exception):
    pass


def export_path(account_id: int, name: str) -> str:
    base = os.path.realpath(os.path.join(EXPORT_DIR, str(account_id)))
    candidate = os.path.realpath(os.path.join(base, name))
    if os.path.commonpath([candidate, base]) != base:
        raise BadExportPath(name)
    return candidate
