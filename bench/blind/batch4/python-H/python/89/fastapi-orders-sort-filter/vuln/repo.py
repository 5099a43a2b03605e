from sqlalchemy import text
from sqlalchemy.ext.asyncio import AsyncSession


async def list_orders(session: AsyncSession, status: str, limit: int):
    sql = text(f"SELECT id, total, status FROM orders WHERE status = '{status}' LIMIT {limit}")
    result = await session.execute(sql)  # cg-expect: CWE-89
    return [dict(r._mapping) for r in result]
