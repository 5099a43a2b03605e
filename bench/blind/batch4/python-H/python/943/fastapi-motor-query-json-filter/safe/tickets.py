ALLOWED_FIELDS = {"status", "priority", "assignee"}


async def search_tickets(db, tenant: str, user_filter: dict) -> list[dict]:
    query = {"tenant": tenant}
    for key, value in user_filter.items():
        if key in ALLOWED_FIELDS and isinstance(value, (str, int)):
            query[key] = value
    cursor = db.tickets.find(query, {"_id": 0})
    return await cursor.to_list(length=100)
