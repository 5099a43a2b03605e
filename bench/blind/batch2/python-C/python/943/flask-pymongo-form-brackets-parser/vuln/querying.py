import re

KEY_RE = re.compile(r"^(\w+)\[(\$?\w+)\]$")
FIELDS = {"category", "brand", "price", "color"}
RANGE_OPS = {"gte": "$gte", "lte": "$lte", "gt": "$gt", "lt": "$lt"}


def build_filter(args) -> dict:
    flt: dict = {}
    for key, value in args.items():
        m = KEY_RE.match(key)
        if m:
            field, op = m.groups()
            if field in FIELDS:
                flt.setdefault(field, {})[op] = value
        elif key in FIELDS:
            flt[key] = value
    return flt
