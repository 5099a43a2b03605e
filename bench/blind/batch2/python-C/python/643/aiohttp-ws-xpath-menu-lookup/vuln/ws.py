from aiohttp import WSMsgType, web

from menu import allergens_for


async def menu_socket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        dish = msg.data.strip()
        await ws.send_json({"dish": dish, "allergens": allergens_for(request.app["menu"], dish)})
    return ws


def setup(app: web.Application) -> None:
    app.router.add_get("/ws/menu", menu_socket)
