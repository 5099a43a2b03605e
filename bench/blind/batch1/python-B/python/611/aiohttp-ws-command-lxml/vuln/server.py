from aiohttp import WSMsgType, web

from protocol import CommandDecoder

routes = web.RouteTableDef()


@routes.get("/ws/console")
async def console(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    decoder: CommandDecoder = request.app["decoder"]

    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            try:
                cmd = decoder.decode(msg.data)
            except ValueError as exc:
                await ws.send_json({"error": str(exc)})
                continue
            await ws.send_json({"ack": cmd["name"], "args": cmd["args"]})
        elif msg.type == WSMsgType.ERROR:
            break
    return ws


def create_app() -> web.Application:
    app = web.Application()
    app["decoder"] = CommandDecoder()
    app.add_routes(routes)
    return app


if __name__ == "__main__":
    web.run_app(create_app(), port=8081)
