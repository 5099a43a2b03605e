from aiohttp import web, WSMsgType

from .history import recent_messages

routes = web.RouteTableDef()


@routes.get("/ws/chat")
async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = msg.json()
        if data.get("type") == "join":
            history = await recent_messages(request.app["mongo"], data.get("room"), request["user_id"])
            await ws.send_json({"type": "history", "messages": history})
    return ws
