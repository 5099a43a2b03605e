from aiohttp import web


async def index(request: web.Request) -> web.Response:
    return web.json_response({"env": request.app["settings"].environment})


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/", index)
