import json
from aiohttp import web, WSMsgType
from gitops import recent_commits


async def ws_handler(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        req = json.loads(msg.data)
        if req.get("op") == "log":
            lines = await recent_commits(req.get("branch", "main"))
            await ws.send_json({"op": "log", "lines": lines})
    return ws


app = web.Application()
app.router.add_get("/ws", ws_handler)
