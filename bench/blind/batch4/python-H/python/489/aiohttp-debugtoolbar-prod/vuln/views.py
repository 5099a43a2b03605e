from aiohttp import web

routes = web.RouteTableDef()


@routes.get("/orders/{oid}")
async def order(request: web.Request) -> web.Response:
    oid = int(request.match_info["oid"])
    row = await request.app["pool"].fetchrow("SELECT id, total FROM orders WHERE id = $1", oid)
    if row is None:
        raise web.HTTPNotFound()
    return web.json_response(dict(row))
