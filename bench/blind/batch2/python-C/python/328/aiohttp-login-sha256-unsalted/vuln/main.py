import asyncpg
from aiohttp import web

from handlers import login, register


async def init_pool(app: web.Application):
    app["pool"] = await asyncpg.create_pool(dsn="postgresql://auth@db/auth")
    yield
    await app["pool"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(init_pool)
    app.router.add_post("/register", register)
    app.router.add_post("/login", login)
    return app
