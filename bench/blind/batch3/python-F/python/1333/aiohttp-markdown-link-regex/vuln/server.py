from aiohttp import WSMsgType, web

from linkify import extract_links


async def chat(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            links = extract_links(msg.data)
            await ws.send_json({"text": msg.data, "links": links})
    return ws


app = web.Application()
app.router.add_get("/ws/chat", chat)
