import aiosqlite


async def add_comment(author: str, text: str) -> None:
    async with aiosqlite.connect("guestbook.db") as db:
        await db.execute("INSERT INTO comments (author, text) VALUES (?, ?)", (author, text))
        await db.commit()


async def latest_comments():
    async with aiosqlite.connect("guestbook.db") as db:
        cur = await db.execute("SELECT author, text FROM comments ORDER BY id DESC LIMIT 50")
        return [{"author": a, "text": t} for a, t in await cur.fetchall()]
