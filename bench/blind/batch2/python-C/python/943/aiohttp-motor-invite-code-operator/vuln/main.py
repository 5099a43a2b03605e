from aiohttp import web
from aiohttp_session import get_session
from motor.motor_asyncio import AsyncIOMotorClient

import handlers


@web.middleware
async def require_user(request: web.Request, handler):
    session = await get_session(request)
    if "uid" not in session:
        raise web.HTTPUnauthorized()
    request["user_id"] = session["uid"]
    return await handler(request)


def create_app() -> web.Application:
    app = web.Application(middlewares=[require_user])
    app["db"] = AsyncIOMotorClient("mongodb://mongo:27017").teams
    handlers.setup(app)
    return app
