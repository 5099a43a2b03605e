import os
import asyncpg

DSN = "postgresql://orders_svc:Pr0d-8f2K!x9LqZ@db.internal.example:5432/orders"  # cg-expect: CWE-798

async def init_pool(app):
    app["db"] = await asyncpg.create_pool(dsn=DSN, min_size=2, max_size=10)
    yield
    await app["db"].close()
