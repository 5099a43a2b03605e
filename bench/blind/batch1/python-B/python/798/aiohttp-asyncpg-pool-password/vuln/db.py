import asyncpg
from aiohttp import web


async def pg_pool(app: web.Application):
    app["pg"] = await asyncpg.create_pool(
        host="reporting-db.internal",
        port=5432,
        database="analytics",
        user="report_reader",
        password="t6Yq!vN3z@Lp8Rw2",  # cg-expect: CWE-798
        min_size=2,
        max_size=10,
        command_timeout=30,
    )
    yield
    await app["pg"].close()
