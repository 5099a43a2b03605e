from aiohttp import WSMsgType, web

from cells import evaluate_cell


async def sheet_ws(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    cells: dict[str, float] = {}
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = msg.json()
        try:
            cells[data["cell"]] = evaluate_cell(data["formula"], cells)
        except Exception as exc:
            await ws.send_json({"cell": data.get("cell"), "error": str(exc)})
            continue
        await ws.send_json({"cell": data["cell"], "value": cells[data["cell"]]})
    return ws


app = web.Application()
app.router.add_get("/ws/sheet", sheet_ws)
