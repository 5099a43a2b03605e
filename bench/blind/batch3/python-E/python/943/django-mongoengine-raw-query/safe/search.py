ALLOWED = {"status", "priority", "assignee"}

def build_filter(owner_id: int, user_filter: dict) -> dict:
    spec = {k: v for k, v in user_filter.items() if k in ALLOWED and isinstance(v, (str, int))}
    spec["owner_id"] = owner_id
    return spec
