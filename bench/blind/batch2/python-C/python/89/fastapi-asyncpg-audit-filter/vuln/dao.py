import asyncpg

_pool = None


class AuditDAO:
    def __init__(self, pool: asyncpg.Pool):
        self.pool = pool

    async def events_for_actor(self, actor: str, days: int):
        async with self.pool.acquire() as conn:
            rows = await conn.fetch(  # cg-expect: CWE-89
                "SELECT id, action, created_at FROM audit_events "
                f"WHERE actor = '{actor}' AND created_at > now() - interval '{days} days' "
                "ORDER BY created_at DESC LIMIT 200"
            )
        return [dict(r) for r in rows]


async def get_dao() -> AuditDAO:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn="postgresql://audit@db/audit")
    return AuditDAO(_pool)
