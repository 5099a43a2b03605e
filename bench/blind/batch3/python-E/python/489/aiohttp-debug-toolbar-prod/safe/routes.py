from aiohttp import web

async def index(request):
    return web.json_response({"service": "catalog"})

def setup_routes(app: web.Application) -> None:
    app.router.add_get("/", index)
