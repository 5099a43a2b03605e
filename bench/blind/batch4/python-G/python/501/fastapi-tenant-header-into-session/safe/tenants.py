import asyncpg

DSN = "postgresql://billing@db/billing"


async def tenant_of_user(uid: int) -> str:
    conn = await asyncpg.connect(DSN)
    try:
        return await conn.fetchval("SELECT tenant_id FROM memberships WHERE user_id = $1", uid) or ""
    finally:
        await conn.close()


async def invoices_for(tenant: str) -> list[dict]:
    conn = await asyncpg.connect(DSN)
    try:
        rows = await conn.fetch("SELECT id, total FROM invoices WHERE tenant_id = $1", tenant)
        return [dict(r) for r in rows]
    finally:
        await conn.close()
