import os

REPORT_DIR = os.path.realpath("/var/lib/app/reports")


def report_file(name: str):
    name = os.path.normpath(name)
    if name.startswith(".."):
        return None
    path = os.path.join(REPORT_DIR, name)
    return path if os.path.isfile(path) else None
