import os

import asyncpg
from aiohttp import web
from redis.asyncio import Redis

from .login import routes


async def resources(app: web.Application):
    app["db"] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    app["redis"] = Redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))
    yield
    await app["redis"].aclose()
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(resources)
    app.add_routes(routes)
    return app
