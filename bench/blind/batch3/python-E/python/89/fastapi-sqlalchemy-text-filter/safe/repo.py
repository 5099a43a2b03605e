from sqlalchemy import text

class ProductRepo:
    def __init__(self, session):
        self.session = session

    async def search(self, tenant: str, q: str):
        stmt = text("SELECT id, name FROM products WHERE tenant = :tenant AND name ILIKE :pattern")
        result = await self.session.execute(stmt, {"tenant": tenant, "pattern": f"%{q}%"})
        return [dict(r._mapping) for r in result]
