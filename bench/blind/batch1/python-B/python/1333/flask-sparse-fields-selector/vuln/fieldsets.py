import re

FIELD_PATH = re.compile(r"(\w+(\[\d+\])?\.?)+")


class BadFieldPath(ValueError):
    pass


def parse_fields(param: str | None) -> list[list[str]]:
    """'name,address.city,orders[0].total' -> [['name'], ['address','city'], ['orders[0]','total']]"""
    if not param:
        return []
    paths = []
    for raw in param.split(","):
        raw = raw.strip()
        if not FIELD_PATH.fullmatch(raw):  # cg-expect: CWE-1333
            raise BadFieldPath(raw)
        paths.append(raw.split("."))
    return paths


def project(obj, paths: list[list[str]]):
    if not paths:
        return obj
    out: dict = {}
    for path in paths:
        src, dst = obj, out
        for i, part in enumerate(path):
            key, _, idx = part.partition("[")
            value = src.get(key) if isinstance(src, dict) else None
            if idx and isinstance(value, list):
                n = int(idx.rstrip("]"))
                value = value[n] if n < len(value) else None
            if i == len(path) - 1:
                dst[part] = value
            else:
                dst = dst.setdefault(part, {})
                src = value
    return out
