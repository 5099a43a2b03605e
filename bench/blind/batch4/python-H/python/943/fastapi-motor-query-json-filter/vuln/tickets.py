ALLOWED_FIELDS = {"status", "priority", "assignee"}


async def search_tickets(db, tenant: str, user_filter: dict) -> list[dict]:
    query = {"tenant": tenant, **user_filter}
    cursor = db.tickets.find(query, {"_id": 0})  # cg-expect: CWE-943
    return await cursor.to_list(length=100)
