import json


def as_csv(rows):
    return "\n".join(",".join(str(v) for v in r.values()) for r in rows)


def as_json(rows):
    return json.dumps(rows)


FORMATTERS = {"as_csv": as_csv, "as_json": as_json}
