from operator import attrgetter

FIELDS = {"priority", "due", "title", "created"}

def make_sort_key(expr: str):
    field = expr if expr in FIELDS else "priority"
    return attrgetter(field)
