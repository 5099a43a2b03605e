from aiohttp import web

from soap import parse_order


async def place_order(request: web.Request) -> web.Response:
    raw = await request.read()
    order = parse_order(raw)
    request.app["orders"].append(order)
    reply = f"<ok><customer>{order['customer'] or ''}</customer></ok>"
    return web.Response(text=reply, content_type="text/xml")


def create_app() -> web.Application:
    app = web.Application(client_max_size=512 * 1024)
    app["orders"] = []
    app.router.add_post("/soap/orders", place_order)
    return app
