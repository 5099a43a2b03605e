from aiohttp import web

from .client import latest_rates, make_session

routes = web.RouteTableDef()


@routes.get("/api/rates/{base}")
async def rates(request: web.Request) -> web.Response:
    base = request.match_info["base"].upper()
    if len(base) != 3 or not base.isalpha():
        raise web.HTTPBadRequest()
    return web.json_response(await latest_rates(request.app["http"], base))


async def http_client(app: web.Application):
    app["http"] = await make_session()
    yield
    await app["http"].close()


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(http_client)
    app.add_routes(routes)
    return app
