ALLOWED_FIELDS = {"tags", "title", "archived"}


def build_query(owner_id: int, client_filter) -> dict:
    query: dict = {}
    if isinstance(client_filter, dict):
        for key, value in client_filter.items():
            if key in ALLOWED_FIELDS and isinstance(value, (str, bool)):
                query[key] = value
    query["owner_id"] = owner_id
    return query
