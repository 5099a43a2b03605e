import ast


def parse_id_list(raw: str) -> list[int]:
    if len(raw) > 2000:
        raise ValueError("too long")
    value = ast.literal_eval(raw)
    if not isinstance(value, (list, tuple)):
        raise ValueError("not a list")
    ids = []
    for item in value:
        if not isinstance(item, int):
            raise ValueError("not an int")
        ids.append(item)
    return ids
