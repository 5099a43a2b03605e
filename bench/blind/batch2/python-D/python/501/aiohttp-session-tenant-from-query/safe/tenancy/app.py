import base64
import os

import asyncpg
from aiohttp import web
from aiohttp_session import setup as setup_session
from aiohttp_session.cookie_storage import EncryptedCookieStorage

from .handlers import routes


async def db_pool(app: web.Application):
    app["db"] = await asyncpg.create_pool(os.environ["DATABASE_URL"])
    yield
    await app["db"].close()


def create_app() -> web.Application:
    app = web.Application()
    secret = base64.urlsafe_b64decode(os.environ["SESSION_KEY"])
    setup_session(app, EncryptedCookieStorage(secret, secure=True, httponly=True, samesite="Lax"))
    app.cleanup_ctx.append(db_pool)
    app.add_routes(routes)
    return app
