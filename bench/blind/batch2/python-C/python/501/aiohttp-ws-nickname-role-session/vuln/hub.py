import weakref


class ChatHub:
    def __init__(self):
        self.sockets = weakref.WeakValueDictionary()

    def join(self, nick: str, ws) -> None:
        self.sockets[nick] = ws

    async def broadcast(self, nick: str, text: str) -> None:
        for ws in list(self.sockets.values()):
            await ws.send_json({"from": nick, "text": text[:500]})

    async def kick(self, target) -> None:
        ws = self.sockets.pop(str(target), None)
        if ws is not None:
            await ws.close(message=b"kicked")
