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
        scope = {"a": data.get("a", 0), "b": data.get("b", 0)}
        exec(f"result = {data['script']}", {}, scope)  # cg-expect: CWE-94
        await ws.send_json({"result": scope.get("result")})
    return ws


def setup(app: web.Application) -> None:
    app.router.add_get("/ws/calc", calc_ws)
