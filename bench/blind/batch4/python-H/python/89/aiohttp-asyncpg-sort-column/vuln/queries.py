SORTABLE = {"name": "name", "created": "created_at", "price": "price"}


async def list_products(pool, sort: str, limit: int):
    column = sort.replace(";", "").replace("--", "")
    sql = f"SELECT id, name, price FROM products ORDER BY {column} LIMIT $1"
    async with pool.acquire() as conn:
        return await conn.fetch(sql, limit)  # cg-expect: CWE-89
