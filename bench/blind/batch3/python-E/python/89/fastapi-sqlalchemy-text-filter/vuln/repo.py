from sqlalchemy import text

class ProductRepo:
    def __init__(self, session):
        self.session = session

    async def search(self, tenant: str, q: str):
        stmt = text("SELECT id, name FROM products WHERE tenant = '" + tenant + "' AND name ILIKE '%" + q + "%'")
        result = await self.session.execute(stmt)  # cg-expect: CWE-89
        return [dict(r._mapping) for r in result]
