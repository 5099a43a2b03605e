import json

from aiohttp import web

from .search import search_items

routes = web.RouteTableDef()


@routes.get("/api/items")
async def list_items(request: web.Request) -> web.Response:
    raw = request.query.get("filter", "{}")
    try:
        criteria = json.loads(raw)
    except json.JSONDecodeError:
        raise web.HTTPBadRequest(text="filter must be JSON")
    if not isinstance(criteria, dict):
        raise web.HTTPBadRequest(text="filter must be an object")
    items = await search_items(request.app["mongo"], request["tenant_id"], criteria)
    return web.json_response(items)
