import operator

SORTABLE = {"name", "created", "amount", "status"}


def build_sort_key(expr: str):
    expr = (expr or "name").strip()
    if expr not in SORTABLE:
        expr = "name"
    return operator.itemgetter(expr)
