from aiohttp import web
from settings_xml import read_public_setting


async def get_setting(request: web.Request) -> web.Response:
    form = await request.post()
    key = form.get("key", "")
    value = read_public_setting(str(key))
    if value is None:
        raise web.HTTPNotFound()
    return web.json_response({"key": key, "value": value})


app = web.Application()
app.router.add_post("/settings/lookup", get_setting)
