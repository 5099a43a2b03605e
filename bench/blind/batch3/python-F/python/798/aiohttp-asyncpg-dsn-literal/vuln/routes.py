from aiohttp import web


async def order(request: web.Request) -> web.Response:
    row = await request.app["db"].fetchrow(
        "SELECT id, status FROM orders WHERE id = $1", int(request.match_info["id"])
    )
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row))


def setup_routes(app: web.Application) -> None:
    app.router.add_get("/orders/{id}", order)
