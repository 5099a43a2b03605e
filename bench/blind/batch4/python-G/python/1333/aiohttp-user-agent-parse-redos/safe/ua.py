import re

UA_RE = re.compile(r"\(([^()]{0,200})\)")


def platform_of(ua: str) -> str:
    m = UA_RE.search(ua[:1024])
    if not m:
        return "unknown"
    first = m.group(1).split(";")[0].strip()
    return first or "unknown"
