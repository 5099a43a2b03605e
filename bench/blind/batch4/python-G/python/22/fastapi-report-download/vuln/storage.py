from pathlib import Path

REPORT_DIR = Path("/srv/app/reports").resolve()


def report_path(name: str) -> Path:
    cleaned = name.lstrip("/")
    return REPORT_DIR / cleaned
