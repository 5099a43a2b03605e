from pathlib import Path

REPORT_DIR = Path("/srv/app/reports").resolve()


def report_path(name: str) -> Path:
    cleaned = name.lstrip("/")
    candidate = (REPORT_DIR / cleaned).resolve()
    if not candidate.is_relative_to(REPORT_DIR):
        raise ValueError("outside report dir")
    return candidate
