BOOKS = [
    {"title": "Dune", "author": "Frank Herbert"},
    {"title": "Neuromancer", "author": "William Gibson"},
    {"title": "Hyperion", "author": "Dan Simmons"},
]


async def seed(db) -> int:
    if await db.books.count_documents({}) == 0:
        await db.books.insert_many(BOOKS)
    return await db.books.count_documents({})
