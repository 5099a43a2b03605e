import asyncpg
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.redis_storage import RedisStorage
from redis import asyncio as aioredis

from login import routes
from settings import DSN, REDIS_URL


async def init_resources(app: web.Application):
    app["pool"] = await asyncpg.create_pool(DSN)
    yield
    await app["pool"].close()


async def make_app() -> web.Application:
    app = web.Application()
    redis = aioredis.from_url(REDIS_URL)
    setup_session(app, RedisStorage(redis, cookie_name="BANKSESS", secure=True, httponly=True))
    app.cleanup_ctx.append(init_resources)
    app.add_routes(routes)
    return app
