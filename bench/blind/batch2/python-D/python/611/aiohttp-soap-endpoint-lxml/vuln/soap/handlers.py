from aiohttp import web

from .envelope import read_envelope, build_response

routes = web.RouteTableDef()


@routes.post("/soap/StockService")
async def stock_service(request: web.Request) -> web.Response:
    body = await request.read()
    action, params = read_envelope(body)
    if action != "GetStockLevel":
        raise web.HTTPBadRequest(text="unsupported action")
    level = await request.app["stock"].level(params.get("sku", ""))
    return web.Response(body=build_response(action, {"level": str(level)}), content_type="text/xml")
