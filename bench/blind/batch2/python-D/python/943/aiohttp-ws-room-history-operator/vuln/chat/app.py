import os

from aiohttp import web
from aiohttp_session import get_session
from motor.motor_asyncio import AsyncIOMotorClient

from .ws import routes


@web.middleware
async def session_user(request: web.Request, handler):
    session = await get_session(request)
    if "user_id" not in session:
        raise web.HTTPUnauthorized()
    request["user_id"] = session["user_id"]
    return await handler(request)


def create_app() -> web.Application:
    app = web.Application(middlewares=[session_user])
    app["mongo"] = AsyncIOMotorClient(os.environ["MONGO_URL"])["chat"]
    app.add_routes(routes)
    return app
