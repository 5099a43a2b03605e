from aiohttp import web

from settings_store import public_setting


async def get_setting(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    value = public_setting(name)
    if value is None:
        raise web.HTTPNotFound()
    return web.json_response({"name": name, "value": value})


app = web.Application()
app.router.add_get("/settings/{name}", get_setting)
