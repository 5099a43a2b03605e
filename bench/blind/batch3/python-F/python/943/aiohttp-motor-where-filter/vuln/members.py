async def search_members(db, club: str, min_age: str) -> list[dict]:
    query = {"club": club, "$where": "this.age >= " + min_age}
    out = []
    async for doc in db.members.find(query, {"_id": 0, "name": 1, "age": 1}).limit(100):  # cg-expect: CWE-943
        out.append(doc)
    return out
