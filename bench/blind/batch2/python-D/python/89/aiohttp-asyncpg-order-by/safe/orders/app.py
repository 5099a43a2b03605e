import os

import asyncpg
from aiohttp import web

from .handlers import routes


async def init_pool(app: web.Application):
    app["pool"] = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=2, max_size=10)
    yield
    await app["pool"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.add_routes(routes)
    app.cleanup_ctx.append(init_pool)
    return app
