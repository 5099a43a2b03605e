import asyncpg

DSN = "postgresql://shop@db/shop"


async def reviews_for(pid: int):
    conn = await asyncpg.connect(DSN)
    try:
        return await conn.fetch("SELECT title, stars FROM reviews WHERE product_id = $1", pid)
    finally:
        await conn.close()
