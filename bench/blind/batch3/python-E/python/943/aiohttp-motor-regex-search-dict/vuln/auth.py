from aiohttp import web

@web.middleware
async def auth_middleware(request, handler):
    token = request.headers.get("Authorization", "")
    user_id = await request.app["tokens"].resolve(token)
    if user_id is None:
        raise web.HTTPUnauthorized()
    request["user_id"] = user_id
    return await handler(request)
