import os

import asyncpg
from aiohttp import web
from aiohttp_session import get_session, setup as setup_session
from aiohttp_session.redis_storage import RedisStorage
from redis.asyncio import Redis

from .handlers import routes


@web.middleware
async def require_login(request: web.Request, handler):
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    request["user_id"] = session["user_id"]
    return await handler(request)


async def db_pool(app: web.Application):
    app["db"] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    yield
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    setup_session(app, RedisStorage(Redis.from_url(os.environ["REDIS_URL"]), secure=True, httponly=True))
    app.middlewares.append(require_login)
    app.cleanup_ctx.append(db_pool)
    app.add_routes(routes)
    return app
