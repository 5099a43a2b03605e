from aiohttp import web, WSMsgType
from codec import decode_result

async def results(request):
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type == WSMsgType.BINARY:
            result = decode_result(msg.data)
            request.app["results"][result["job_id"]] = result
            await ws.send_json({"ack": result["job_id"]})
    return ws

app = web.Application()
app["results"] = {}
app.router.add_get("/ws/results", results)
