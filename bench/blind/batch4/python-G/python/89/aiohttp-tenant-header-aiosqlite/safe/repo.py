import aiosqlite


class NotesRepo:
    def __init__(self, path: str):
        self.path = path

    async def for_tenant(self, tenant: str) -> list[dict]:
        async with aiosqlite.connect(self.path) as db:
            db.row_factory = aiosqlite.Row
            query = "SELECT id, title FROM notes WHERE tenant = ? ORDER BY id"
            async with db.execute(query, (tenant,)) as cur:
                rows = await cur.fetchall()
        return [dict(r) for r in rows]
