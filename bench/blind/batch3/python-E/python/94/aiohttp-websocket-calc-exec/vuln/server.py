import json
from aiohttp import web, WSMsgType
from commands import run_command

async def console(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            await ws.send_str(json.dumps(run_command(msg.data)))
    return ws

app = web.Application()
app.router.add_get("/ws/console", console)
