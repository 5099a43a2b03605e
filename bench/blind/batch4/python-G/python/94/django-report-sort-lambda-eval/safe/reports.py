import operator
import re

COLUMNS = {"date", "region", "amount", "units"}
SIMPLE = re.compile(r"^row\['(\w+)'\]$")


def sales_rows(user) -> list[dict]:
    return [
        {"date": "2026-11-01", "region": "EU", "amount": 1200.0, "units": 30},
        {"date": "2026-11-02", "region": "US", "amount": 800.0, "units": 21},
    ]


def sort_rows(rows: list[dict], key_expr: str, desc: bool) -> list[dict]:
    m = SIMPLE.match(key_expr)
    if not m or m.group(1) not in COLUMNS:
        raise ValueError(key_expr)
    key = operator.itemgetter(m.group(1))
    return sorted(rows, key=key, reverse=desc)
