import json
import re
import time
import weakref

from aiohttp import WSMsgType, web

PLAIN_TEXT = re.compile(r"^(\w+\s*)+$")


class Room:
    def __init__(self, name: str):
        self.name = name
        self.members: weakref.WeakSet[web.WebSocketResponse] = weakref.WeakSet()

    async def broadcast(self, payload: dict) -> None:
        frame = json.dumps(payload)
        for ws in list(self.members):
            if not ws.closed:
                await ws.send_str(frame)


def is_plain(text: str) -> bool:
    # kids' room: only words and whitespace, no links or symbols
    return PLAIN_TEXT.match(text) is not None  # cg-expect: CWE-1333


async def chat_socket(request: web.Request) -> web.WebSocketResponse:
    room: Room = request.app["rooms"].setdefault(request.match_info["room"], Room(request.match_info["room"]))
    nickname = request.query.get("nick", "guest")[:24]
    ws = web.WebSocketResponse(max_msg_size=16 * 1024)
    await ws.prepare(request)
    room.members.add(ws)
    async for msg in ws:
        if msg.type != WSMsgType.TEXT:
            continue
        text = msg.data.strip()
        if not is_plain(text):
            await ws.send_json({"error": "only letters, numbers and spaces are allowed"})
            continue
        await room.broadcast({"from": nickname, "text": text, "ts": time.time()})
    return ws


app = web.Application()
app["rooms"] = {}
app.router.add_get("/ws/rooms/{room}", chat_socket)
