import aiohttp_jinja2
from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/")
@aiohttp_jinja2.template("index.html")
async def index(request: web.Request) -> dict:
    return {"title": "Status"}


@routes.get("/api/status")
async def status(request: web.Request) -> web.Response:
    return web.json_response({"ok": True})
