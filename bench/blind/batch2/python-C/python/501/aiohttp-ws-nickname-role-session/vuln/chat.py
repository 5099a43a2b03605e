from aiohttp import WSMsgType, web
from aiohttp_session import get_session

from roles import role_for


async def chat_ws(request: web.Request) -> web.WebSocketResponse:
    session = await get_session(request)
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = msg.json()
        if data.get("type") == "hello":
            session["nick"] = str(data.get("nick", "guest"))[:20]
            session["role"] = data.get("role", "member")  # cg-expect: CWE-501
        elif data.get("type") == "kick":
            if session.get("role") != "moderator":
                await ws.send_json({"error": "forbidden"})
                continue
            await request.app["hub"].kick(data.get("target"))
        else:
            await request.app["hub"].broadcast(session.get("nick", "guest"), data.get("text", ""))
    return ws
