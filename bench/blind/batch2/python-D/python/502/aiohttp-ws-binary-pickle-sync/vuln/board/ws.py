from aiohttp import web, WSMsgType

from .codec import decode_op, encode_op
from .state import Board

routes = web.RouteTableDef()


@routes.get("/boards/{board_id}/ws")
async def board_socket(request: web.Request) -> web.WebSocketResponse:
    board: Board = request.app["boards"].setdefault(request.match_info["board_id"], Board())
    ws = web.WebSocketResponse(max_msg_size=256 * 1024)
    await ws.prepare(request)
    board.peers.add(ws)
    try:
        async for msg in ws:
            if msg.type == WSMsgType.BINARY:
                op = decode_op(msg.data)
                board.apply(op)
                await board.broadcast(encode_op(op), exclude=ws)
    finally:
        board.peers.discard(ws)
    return ws
