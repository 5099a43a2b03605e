import os

REPORT_DIR = os.path.realpath("/var/lib/app/reports")


def report_file(name: str):
    path = os.path.realpath(os.path.join(REPORT_DIR, name))
    if os.path.commonpath([path, REPORT_DIR]) != REPORT_DIR:
        return None
    return path if os.path.isfile(path) else None
