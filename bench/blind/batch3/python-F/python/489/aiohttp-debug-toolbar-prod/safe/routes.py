from aiohttp import web


async def index(request: web.Request) -> web.Response:
    return web.json_response({"service": "catalog"})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/", index)
