import re

UA_RE = re.compile(r"^(?:[\w-]+/?[\w.]*\s*)*\(([^)]*)\)")


def platform_of(ua: str) -> str:
    m = UA_RE.match(ua[:1024])  # cg-expect: CWE-1333
    if not m:
        return "unknown"
    first = m.group(1).split(";")[0].strip()
    return first or "unknown"
