from sqlalchemy import text

SORTABLE = {"name": "name", "price": "price", "created": "created_at"}


async def list_products(session, category: str, sort: str):
    if not any(sort.startswith(col) for col in SORTABLE):
        sort = "name"
    order_by = sort
    stmt = text(
        f"SELECT id, name, price FROM products WHERE category = :cat ORDER BY {order_by} LIMIT 50"
    )
    result = await session.execute(stmt, {"cat": category})  # cg-expect: CWE-89
    return [dict(r._mapping) for r in result]
