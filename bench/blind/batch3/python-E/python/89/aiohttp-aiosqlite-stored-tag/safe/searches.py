async def run_saved_search(db, search_id: int):
    async with db.execute("SELECT tag FROM saved_searches WHERE id = ?", (search_id,)) as cur:
        row = await cur.fetchone()
    if row is None:
        return []
    tag = row[0]
    async with db.execute("SELECT id, title FROM notes WHERE tag = ?", (tag,)) as cur:
        return [{"id": r[0], "title": r[1]} for r in await cur.fetchall()]
