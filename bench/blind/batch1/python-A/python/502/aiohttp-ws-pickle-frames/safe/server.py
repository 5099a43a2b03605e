import msgpack

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
                # the desktop client sends compact msgpack-encoded move maps
                move = msgpack.unpackb(msg.data, raw=False, strict_map_key=True)
                if not isinstance(move, dict):
                    continue
                await room.apply(player, move)
            elif msg.type == WSMsgType.ERROR:
                break
    finally:
        room.leave(player)
    return ws


app = web.Application()
app["rooms"] = {}
app.router.add_get("/play/{room}", play)
