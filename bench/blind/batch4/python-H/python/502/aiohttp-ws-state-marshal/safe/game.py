import base64
import json
import pickle

from aiohttp import web, WSMsgType


async def game_ws(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse()
    await ws.prepare(request)
    state = {"level": 1, "score": 0}
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = json.loads(msg.data)
        if data.get("type") == "restore":
            snap = json.loads(base64.b64decode(data["snapshot"]))
            state = {"level": int(snap.get("level", 1)), "score": int(snap.get("score", 0))}
        elif data.get("type") == "score":
            state["score"] += int(data.get("points", 0))
        await ws.send_json(state)
    return ws
