from aiohttp import web, WSMsgType
from vault import seal_message

async def chat(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    room = request.match_info["room"]
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            sealed = seal_message(msg.data.encode())
            await request.app["db"].execute("INSERT INTO messages (room, body) VALUES ($1, $2)", room, sealed)
            await ws.send_json({"stored": True})
    return ws

app = web.Application()
app.router.add_get("/ws/{room}", chat)
