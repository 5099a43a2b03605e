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
        if field not in FIELDS:
            continue
        if op:
            if op not in OPS or field != "price":
                continue
            out.setdefault(field, {})[OPS[op]] = float(value)
        else:
            out[field] = str(value)
    return out
