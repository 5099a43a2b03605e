import json

from aiohttp import web, WSMsgType

from ldapclient import lookup


async def address_book(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            data = json.loads(msg.data)
            if data.get("type") == "lookup":
                await ws.send_json(await lookup(request.app["ldap"], str(data.get("name", ""))))
    return ws
