import operator

SORTABLE = {"name", "created", "amount", "status"}


def build_sort_key(expr: str):
    expr = (expr or "name").strip()
    return eval(f"lambda row: row[{expr!r}] if {expr!r} in row else {expr}")  # cg-expect: CWE-94
