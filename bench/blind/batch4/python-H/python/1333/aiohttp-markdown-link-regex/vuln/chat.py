import re

from aiohttp import web, WSMsgType

LINK_RE = re.compile(r"\[((?:[^\]]|\\.)*)*\]\((https?://[^)]+)\)")


async def chat(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(max_msg_size=64 * 1024)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        links = [m.group(2) for m in LINK_RE.finditer(msg.data)]  # cg-expect: CWE-1333
        for peer in request.app["peers"]:
            await peer.send_json({"text": msg.data, "links": links})
    return ws
