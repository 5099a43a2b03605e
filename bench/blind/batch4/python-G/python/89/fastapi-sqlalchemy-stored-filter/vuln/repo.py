from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

engine = create_async_engine("postgresql+asyncpg://app@db/app")
SORTABLE = {"created_at", "title", "price"}


async def load_saved_search(search_id: int):
    async with engine.connect() as conn:
        res = await conn.execute(
            text("SELECT keyword, sort_col FROM saved_searches WHERE id = :id"), {"id": search_id}
        )
        return res.mappings().first()


async def run_saved_search(saved) -> list[dict]:
    sort_col = saved["sort_col"]
    sql = text(f"SELECT id, title, price FROM listings WHERE title ILIKE :kw ORDER BY {sort_col}")
    async with engine.connect() as conn:
        res = await conn.execute(sql, {"kw": f"%{saved['keyword']}%"})  # cg-expect: CWE-89
        return [dict(r) for r in res.mappings()]
