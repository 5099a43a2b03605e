from aiohttp import web
from aiohttp_session import get_session

import handlers


@web.middleware
async def auth(request: web.Request, handler):
    session = await get_session(request)
    uid = session.get("uid")
    if uid is None:
        raise web.HTTPUnauthorized()
    request["user_id"] = int(uid)
    return await handler(request)


def create_app() -> web.Application:
    app = web.Application(middlewares=[auth])
    handlers.setup(app)
    return app
