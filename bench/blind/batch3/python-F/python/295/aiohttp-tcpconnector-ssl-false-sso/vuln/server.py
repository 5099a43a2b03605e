from aiohttp import web

from sso import exchange_code


async def callback(request: web.Request) -> web.Response:
    code = request.query.get("code")
    if not code:
        raise web.HTTPBadRequest()
    tokens = await exchange_code(code)
    return web.json_response({"id_token": tokens.get("id_token")})


app = web.Application()
app.router.add_get("/sso/callback", callback)
