import re


async def search_books(db, author: str, limit: int):
    criteria = {"$where": f"this.author.toLowerCase().indexOf('{author.lower()}') !== -1"}
    cursor = db.books.find(criteria, {"_id": 0, "title": 1, "author": 1}).limit(limit)  # cg-expect: CWE-943
    return await cursor.to_list(length=limit)
