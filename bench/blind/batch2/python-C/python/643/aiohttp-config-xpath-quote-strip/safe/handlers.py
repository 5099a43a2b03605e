from aiohttp import web

from settings_store import read_setting


async def get_setting(request: web.Request) -> web.Response:
    name = request.match_info["name"]
    value = read_setting(request.app["settings_doc"], name)
    if value is None:
        raise web.HTTPNotFound()
    return web.json_response({"name": name, "value": value})


def setup(app: web.Application) -> None:
    app.router.add_get("/settings/{name}", get_setting)
