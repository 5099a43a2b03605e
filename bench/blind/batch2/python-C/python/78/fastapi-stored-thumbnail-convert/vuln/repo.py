import aiosqlite


async def get_media(media_id: int):
    async with aiosqlite.connect("media.db") as db:
        db.row_factory = aiosqlite.Row
        cur = await db.execute("SELECT id, stored_name FROM media WHERE id = ?", (media_id,))
        row = await cur.fetchone()
        return dict(row) if row else None
