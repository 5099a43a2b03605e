import json
import operator

from aiohttp import web, WSMsgType

OPS = {"add": operator.add, "sub": operator.sub, "mul": operator.mul}


async def calc_ws(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = json.loads(msg.data)
        fn = OPS.get(data.get("op"))
        if fn is None:
            await ws.send_json({"error": "unknown op"})
            continue
        await ws.send_json({"result": fn(float(data.get("a", 0)), float(data.get("b", 0)))})
    return ws


def setup(app: web.Application) -> None:
    app.router.add_get("/ws/calc", calc_ws)
