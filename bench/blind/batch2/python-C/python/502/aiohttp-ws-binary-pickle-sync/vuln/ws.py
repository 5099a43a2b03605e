from aiohttp import WSMsgType, web

from codec import decode_frame, encode_frame


async def collab(request: web.Request) -> web.WebSocketResponse:
    ws = web.WebSocketResponse(max_msg_size=256 * 1024)
    await ws.prepare(request)
    doc = request.app["docs"].setdefault(request.match_info["doc_id"], [])
    async for msg in ws:
        if msg.type == WSMsgType.BINARY:
            op = decode_frame(msg.data)
            if op.get("kind") == "insert":
                doc.insert(int(op["pos"]), str(op["text"]))
            await ws.send_bytes(encode_frame({"ack": op.get("seq"), "length": len(doc)}))
    return ws


def setup(app: web.Application) -> None:
    app["docs"] = {}
    app.router.add_get("/collab/{doc_id}", collab)
