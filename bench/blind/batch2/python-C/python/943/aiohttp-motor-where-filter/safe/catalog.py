import re


async def search_books(db, author: str, limit: int):
    criteria = {"author": {"$regex": re.escape(author), "$options": "i"}}
    cursor = db.books.find(criteria, {"_id": 0, "title": 1, "author": 1}).limit(limit)
    return await cursor.to_list(length=limit)
