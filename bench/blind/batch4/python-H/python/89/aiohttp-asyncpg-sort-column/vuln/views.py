from aiohttp import web

from queries import list_products


async def products(request: web.Request) -> web.Response:
    sort = request.query.get("sort", "name")
    limit = min(int(request.query.get("limit", "50")), 200)
    rows = await list_products(request.app["pool"], sort, limit)
    return web.json_response([dict(r) for r in rows])
