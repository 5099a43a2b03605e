import re

FIELDS = {"category", "brand", "price"}
OPS = {"gt": "$gt", "lt": "$lt", "gte": "$gte", "lte": "$lte"}
KEY_RE = re.compile(r"^(\w+)(?:\[(\$?\w+)\])?$")

def parse_filters(args) -> dict:
    out = {}
    for key, value in args.items():
        m = KEY_RE.match(key)
        if not m:
            continue
        field, op = m.groups()
        if op:
            out.setdefault(field, {})[op] = value
        else:
            out[field] = value
    return out
