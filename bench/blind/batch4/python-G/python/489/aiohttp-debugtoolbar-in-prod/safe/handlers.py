from aiohttp import web

routes = web.RouteTableDef()
ITEMS = {"a1": {"name": "Widget", "qty": 4}}


@routes.get("/items/{item_id}")
async def get_item(request: web.Request) -> web.Response:
    item = ITEMS.get(request.match_info["item_id"])
    if item is None:
        raise web.HTTPNotFound()
    return web.json_response(item)
