import os

import asyncpg
from aiohttp import web

from .handlers import routes


async def db_pool(app: web.Application):
    app["db"] = await asyncpg.create_pool(os.environ["DATABASE_URL"], min_size=1, max_size=10)
    yield
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(db_pool)
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=int(os.environ.get("PORT", "8080")))
