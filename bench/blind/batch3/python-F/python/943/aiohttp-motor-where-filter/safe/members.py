async def search_members(db, club: str, min_age: str) -> list[dict]:
    try:
        age = int(min_age)
    except ValueError:
        age = 18
    query = {"club": club, "age": {"$gte": age}}
    out = []
    async for doc in db.members.find(query, {"_id": 0, "name": 1, "age": 1}).limit(100):
        out.append(doc)
    return out
