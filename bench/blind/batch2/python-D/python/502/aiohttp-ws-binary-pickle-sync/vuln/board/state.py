class Board:
    def __init__(self):
        self.shapes = []
        self.peers = set()

    def apply(self, op: dict) -> None:
        if op["kind"] == "add":
            self.shapes.append(op.get("shape", {}))
        elif op["kind"] == "clear":
            self.shapes.clear()

    async def broadcast(self, payload: bytes, exclude=None) -> None:
        for peer in list(self.peers):
            if peer is not exclude and not peer.closed:
                await peer.send_bytes(payload)
