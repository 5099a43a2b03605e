import aiomysql


def quote(value: str) -> str:
    """Escape a value for use inside a single-quoted SQL literal."""
    return "'" + value.replace("'", "''") + "'"


class OrderQueries:
    def __init__(self, pool: aiomysql.Pool):
        self.pool = pool

    async def for_customer(self, customer_id: int, status: str) -> list[dict]:
        sql = (
            "SELECT id, status, total, created_at FROM orders "
            f"WHERE customer_id = %s AND status = {quote(status)} "
            "ORDER BY created_at DESC LIMIT 100"
        )
        async with self.pool.acquire() as conn:
            async with conn.cursor(aiomysql.DictCursor) as cur:
                await cur.execute(sql, (customer_id,))  # cg-expect: CWE-89
                return await cur.fetchall()
