import os
import asyncpg

DSN = os.environ["ORDERS_DATABASE_URL"]

async def init_pool(app):
    app["db"] = await asyncpg.create_pool(dsn=DSN, min_size=2, max_size=10)
    yield
    await app["db"].close()
