import psycopg
from psycopg import sql

GROUPABLE = {"country", "plan", "referrer", "device"}


async def counts_by(dsn: str, column: str, days: int):
    async with await psycopg.AsyncConnection.connect(dsn) as conn:
        query = (
            f"SELECT {column} AS bucket, count(*) AS n FROM signups "
            "WHERE created_at > now() - make_interval(days => %s) GROUP BY 1 ORDER BY n DESC"
        )
        cur = await conn.execute(query, (days,))  # cg-expect: CWE-89
        return [{"bucket": b, "count": n} for b, n in await cur.fetchall()]
