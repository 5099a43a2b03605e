ALLOWED_FIELDS = {"tags", "title", "archived"}


def build_query(owner_id: int, client_filter) -> dict:
    query = {"owner_id": owner_id}
    if isinstance(client_filter, dict):
        query.update(client_filter)
    return query
