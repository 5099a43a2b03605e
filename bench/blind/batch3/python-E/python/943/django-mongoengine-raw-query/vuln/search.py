ALLOWED = {"status", "priority", "assignee"}

def build_filter(owner_id: int, user_filter: dict) -> dict:
    spec = dict(user_filter)
    spec["owner_id"] = owner_id
    return spec
