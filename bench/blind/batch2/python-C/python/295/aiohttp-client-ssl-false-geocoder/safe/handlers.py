from aiohttp import web

from geocoder import geocode


async def lookup(request: web.Request) -> web.Response:
    address = request.query.get("address", "").strip()
    if not address:
        raise web.HTTPBadRequest(text="address required")
    point = await geocode(request.app["http"], address)
    if point is None:
        raise web.HTTPNotFound()
    return web.json_response(point)


async def http_ctx(app: web.Application):
    import aiohttp

    app["http"] = aiohttp.ClientSession()
    yield
    await app["http"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(http_ctx)
    app.router.add_get("/geo/lookup", lookup)
    return app
