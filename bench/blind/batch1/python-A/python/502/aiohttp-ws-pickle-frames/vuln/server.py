import pickle

from aiohttp import WSMsgType, web

from game import GameRoom


async def play(request: web.Request) -> web.WebSocketResponse:
    room: GameRoom = request.app["rooms"].setdefault(request.match_info["room"], GameRoom())
    ws = web.WebSocketResponse(max_msg_size=64 * 1024)
    await ws.prepare(request)
    player = room.join(ws)
    try:
        async for msg in ws:
            if msg.type == WSMsgType.BINARY:
                # the desktop client sends compact pickled move objects
                move = pickle.loads(msg.data)  # cg-expect: CWE-502
                await room.apply(player, move)
            elif msg.type == WSMsgType.ERROR:
                break
    finally:
        room.leave(player)
    return ws


app = web.Application()
app["rooms"] = {}
app.router.add_get("/play/{room}", play)
