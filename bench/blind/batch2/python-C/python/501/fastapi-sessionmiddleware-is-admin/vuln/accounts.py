import asyncpg


async def get_account(uid: int) -> dict:
    conn = await asyncpg.connect("postgresql://app@db/app")
    try:
        row = await conn.fetchrow("SELECT id, role FROM accounts WHERE id = $1", uid)
        return dict(row)
    finally:
        await conn.close()
