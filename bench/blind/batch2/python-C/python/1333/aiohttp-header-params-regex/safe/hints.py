import re

ITEM_RE = re.compile(r"^([\w-]{1,32})=([\w.-]{1,64})$")


def parse_hints(raw: str) -> dict:
    out = {}
    for part in raw[:1024].split(";")[:20]:
        m = ITEM_RE.match(part.strip())
        if m is None:
            return {}
        out[m.group(1)] = m.group(2)
    return out
