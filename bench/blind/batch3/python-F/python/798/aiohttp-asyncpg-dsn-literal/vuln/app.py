import os

import asyncpg
from aiohttp import web

from routes import setup_routes


async def init_db(app: web.Application):
    app["db"] = await asyncpg.create_pool(dsn="postgresql://orders_svc:Xk7#pL2v9Qw!rT@db-prod.internal:5432/orders")  # cg-expect: CWE-798
    yield
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(init_db)
    setup_routes(app)
    return app
