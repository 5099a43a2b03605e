from aiohttp import web

from idp import introspect


@web.middleware
async def auth(request: web.Request, handler):
    token = request.headers.get("Authorization", "").removeprefix("Bearer ")
    info = await introspect(request.app["idp_session"], token)
    if not info.get("active"):
        raise web.HTTPUnauthorized()
    request["user"] = info["sub"]
    return await handler(request)
