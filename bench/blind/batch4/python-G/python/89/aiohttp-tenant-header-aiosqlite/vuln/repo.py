import aiosqlite


class NotesRepo:
    def __init__(self, path: str):
        self.path = path

    async def for_tenant(self, tenant: str) -> list[dict]:
        async with aiosqlite.connect(self.path) as db:
            db.row_factory = aiosqlite.Row
            query = "SELECT id, title FROM notes WHERE tenant = '%s' ORDER BY id" % tenant
            async with db.execute(query) as cur:  # cg-expect: CWE-89
                rows = await cur.fetchall()
        return [dict(r) for r in rows]
