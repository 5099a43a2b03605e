import re

_UA = re.compile(r"(Chrome|Firefox|Safari)/[\d.]{1,20}")


def browser_family(ua: str) -> str:
    ua = ua[:512]
    m = _UA.search(ua)
    return m.group(1) if m else "other"
