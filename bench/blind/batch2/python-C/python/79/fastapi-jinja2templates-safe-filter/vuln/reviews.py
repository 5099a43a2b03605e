import aiosqlite

DB = "reviews.db"


async def add_review(product_id: int, author: str, body: str) -> None:
    async with aiosqlite.connect(DB) as db:
        await db.execute("INSERT INTO reviews (product_id, author, body) VALUES (?, ?, ?)", (product_id, author, body))
        await db.commit()


async def reviews_for(product_id: int):
    async with aiosqlite.connect(DB) as db:
        cur = await db.execute("SELECT author, body FROM reviews WHERE product_id = ? ORDER BY id DESC", (product_id,))
        return [{"author": a, "body": b} for a, b in await cur.fetchall()]
