import json

from aiohttp import WSMsgType, web

from gitops import list_branches


async def repo_socket(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(heartbeat=30)
    await ws.prepare(request)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        data = json.loads(msg.data)
        if data.get("action") == "branches":
            branches = await list_branches(data.get("repo", ""))
            await ws.send_json({"action": "branches", "items": branches})
    return ws


def setup(app: web.Application) -> None:
    app.router.add_get("/ws/repos", repo_socket)
