from aiohttp import web

from paths import resolve_static


async def static_file(request: web.Request) -> web.StreamResponse:
    rel = request.match_info["path"]
    path = resolve_static(rel)
    if path is None:
        raise web.HTTPNotFound()
    return web.FileResponse(path)


def setup(app: web.Application) -> None:
    app.router.add_get("/assets/{path:.+}", static_file)
