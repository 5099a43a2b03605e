from operator import attrgetter

FIELDS = {"priority", "due", "title", "created"}

def make_sort_key(expr: str):
    return eval("lambda t: t." + expr)  # cg-expect: CWE-94
