import asyncpg

SORT_COLUMNS = {"created_at": "o.created_at", "total": "o.total_cents", "status": "o.status"}


class OrderRepository:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def for_customer(self, customer_id: int, sort: str, direction: str):
        column = SORT_COLUMNS.get(sort, "o.created_at")
        order = f"{column} {'ASC' if direction.lower() == 'asc' else 'DESC'}"
        query = (
            "SELECT o.id, o.status, o.total_cents, o.created_at "
            "FROM orders o WHERE o.customer_id = $1 "
            f"ORDER BY {order} LIMIT 100"
        )
        async with self.pool.acquire() as conn:
            return await conn.fetch(query, customer_id)
