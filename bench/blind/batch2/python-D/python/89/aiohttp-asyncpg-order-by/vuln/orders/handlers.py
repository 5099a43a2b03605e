import functools
import json

from aiohttp import web

from .repo import OrderRepository

routes = web.RouteTableDef()


@routes.get("/customers/{customer_id}/orders")
async def list_orders(request: web.Request) -> web.Response:
    customer_id = int(request.match_info["customer_id"])
    sort = request.query.get("sort", "created_at")
    direction = request.query.get("dir", "desc")
    repo = OrderRepository(request.app["pool"])
    rows = await repo.for_customer(customer_id, sort, direction)
    return web.json_response([dict(r) for r in rows], dumps=functools.partial(json.dumps, default=str))
