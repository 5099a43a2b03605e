from aiohttp import web

from .orders import cancel_order

routes = web.RouteTableDef()
DEFAULT_AFTER_CANCEL = "/cart"


@routes.post("/checkout/{order_id}/cancel")
async def cancel_checkout(request: web.Request) -> web.Response:
    form = await request.post()
    order_id = request.match_info["order_id"]
    await cancel_order(request.app["db"], order_id, request["user_id"])
    location = form.get("cancel_url") or DEFAULT_AFTER_CANCEL
    raise web.HTTPFound(location=location)  # cg-expect: CWE-601
