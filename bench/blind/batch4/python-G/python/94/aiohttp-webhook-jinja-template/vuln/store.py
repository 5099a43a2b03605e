import asyncpg

_pool = None


async def get_template(tenant: str) -> str:
    global _pool
    if _pool is None:
        _pool = await asyncpg.create_pool(dsn="postgresql://app@db/app")
    row = await _pool.fetchrow("SELECT body FROM notify_templates WHERE tenant = $1", tenant)
    return row["body"] if row else "{{ event.type }}"
