import os

import asyncpg
from aiohttp import web

from routes import setup_routes


async def init_db(app: web.Application):
    app["db"] = await asyncpg.create_pool(dsn=os.environ["ORDERS_DATABASE_URL"])
    yield
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(init_db)
    setup_routes(app)
    return app
