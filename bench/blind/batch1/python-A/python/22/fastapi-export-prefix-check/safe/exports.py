import os

EXPORT_ROOT = "/var/exports"


def open_export(org_slug: str, filename: str):
    org_dir = os.path.realpath(os.path.join(EXPORT_ROOT, org_slug))
    path = os.path.realpath(os.path.join(org_dir, filename))
    if os.path.commonpath([org_dir, path]) != org_dir:
        raise PermissionError(path)
    return open(path, "rb")
