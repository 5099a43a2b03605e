from aiohttp import web

from svg import read_svg_size


async def upload_avatar(request: web.Request) -> web.Response:
    reader = await request.multipart()
    part = await reader.next()
    if part is None or part.name != "avatar":
        raise web.HTTPBadRequest(text="avatar field required")
    data = await part.read(decode=False)
    if len(data) > 512 * 1024:
        raise web.HTTPRequestEntityTooLarge(max_size=512 * 1024, actual_size=len(data))
    width, height = read_svg_size(data)
    return web.json_response({"width": width, "height": height})


def setup(app: web.Application) -> None:
    app.router.add_post("/me/avatar.svg", upload_avatar)
