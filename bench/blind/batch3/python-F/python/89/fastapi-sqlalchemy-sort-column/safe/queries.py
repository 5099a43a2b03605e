from sqlalchemy import text

SORTABLE = {"name": "name", "price": "price", "created": "created_at"}


async def list_products(session, category: str, sort: str):
    order_by = SORTABLE.get(sort, "name")
    stmt = text(
        f"SELECT id, name, price FROM products WHERE category = :cat ORDER BY {order_by} LIMIT 50"
    )
    result = await session.execute(stmt, {"cat": category})
    return [dict(r._mapping) for r in result]
