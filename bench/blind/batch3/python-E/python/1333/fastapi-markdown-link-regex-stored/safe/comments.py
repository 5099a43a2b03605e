import asyncpg

async def get_comment(cid: int):
    conn = await asyncpg.connect("postgresql://forum@db/forum")
    try:
        row = await conn.fetchrow("SELECT id, body FROM comments WHERE id = $1", cid)
    finally:
        await conn.close()
    return dict(row) if row else None
