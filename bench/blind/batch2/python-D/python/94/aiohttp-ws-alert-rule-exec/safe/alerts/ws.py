import json

from aiohttp import web, WSMsgType

from .rules import RuleBook


async def alerts_ws(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    book = RuleBook()
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = json.loads(msg.data)
        if data.get("op") == "add_rule":
            book.add(data["name"], data["condition"])
            await ws.send_json({"ok": True, "rules": book.names()})
        elif data.get("op") == "sample":
            await ws.send_json({"fired": book.match(data.get("metrics", {}))})
    return ws
