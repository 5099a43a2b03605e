import re

_UA = re.compile(r"^Mozilla/5\.0 \((?:[\w.]+;? ?)+\)(?: [\w.]+/[\d.]+)* (Chrome|Firefox|Safari)/[\d.]+$")


def browser_family(ua: str) -> str:
    m = _UA.match(ua)  # cg-expect: CWE-1333
    return m.group(1) if m else "other"
