import os

EXPORT_ROOT = "/var/exports"


def open_export(org_slug: str, filename: str):
    org_dir = os.path.join(EXPORT_ROOT, org_slug)
    path = os.path.abspath(os.path.join(org_dir, filename))
    if not path.startswith(org_dir):
        raise PermissionError(path)
    return open(path, "rb")  # cg-expect: CWE-22
