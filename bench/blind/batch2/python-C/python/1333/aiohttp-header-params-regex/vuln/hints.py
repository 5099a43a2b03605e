import re

HINTS_RE = re.compile(r"^(\s*[\w-]+\s*=\s*[\w.-]+\s*;?\s*)*$")


def parse_hints(raw: str) -> dict:
    if not HINTS_RE.match(raw):  # cg-expect: CWE-1333
        return {}
    pairs = [p.split("=", 1) for p in raw.split(";") if "=" in p]
    return {k.strip(): v.strip() for k, v in pairs}
