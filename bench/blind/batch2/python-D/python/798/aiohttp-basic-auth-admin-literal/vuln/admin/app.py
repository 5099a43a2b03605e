from aiohttp import web

from .auth import admin_basic_auth

routes = web.RouteTableDef()


@routes.get("/admin/queues")
async def queues(request: web.Request) -> web.Response:
    stats = {name: q.qsize() for name, q in request.app["queues"].items()}
    return web.json_response(stats)


def create_app() -> web.Application:
    app = web.Application(middlewares=[admin_basic_auth])
    app["queues"] = {}
    app.add_routes(routes)
    return app
