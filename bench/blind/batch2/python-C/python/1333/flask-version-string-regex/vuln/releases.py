import re

VERSION_RE = re.compile(r"^v?(\d+\.?)*\d+$")

RELEASES = {
    (2, 4, 0): {"version": "2.4.0", "date": "2024-03-02", "notes": "Stability fixes"},
    (2, 5, 0): {"version": "2.5.0", "date": "2024-06-11", "notes": "New export formats"},
}


def parse_version(text: str):
    if not VERSION_RE.match(text):  # cg-expect: CWE-1333
        return None
    parts = tuple(int(p) for p in text.lstrip("v").split("."))
    return parts + (0,) * (3 - len(parts)) if len(parts) < 3 else parts


def find_release(parsed):
    return RELEASES.get(parsed[:3])
