from aiohttp import WSMsgType, web

from cells import compute_cell


async def sheet_ws(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.TEXT:
            data = msg.json()
            try:
                value = compute_cell(data["formula"])
            except Exception:
                await ws.send_json({"cell": data.get("cell"), "error": "bad formula"})
                continue
            await ws.send_json({"cell": data.get("cell"), "value": value})
    return ws


app = web.Application()
app.router.add_get("/sheet/ws", sheet_ws)
