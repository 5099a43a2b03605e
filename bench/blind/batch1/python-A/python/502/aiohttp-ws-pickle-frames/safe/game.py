import itertools

_ids = itertools.count(1)


class GameRoom:
    def __init__(self):
        self.players: dict[int, object] = {}
        self.positions: dict[int, tuple[int, int]] = {}

    def join(self, ws) -> int:
        pid = next(_ids)
        self.players[pid] = ws
        self.positions[pid] = (0, 0)
        return pid

    def leave(self, pid: int) -> None:
        self.players.pop(pid, None)
        self.positions.pop(pid, None)

    async def apply(self, pid: int, move) -> None:
        dx, dy = int(move["dx"]), int(move["dy"])
        x, y = self.positions[pid]
        self.positions[pid] = (x + max(-1, min(dx, 1)), y + max(-1, min(dy, 1)))
        for ws in self.players.values():
            await ws.send_json({"player": pid, "pos": self.positions[pid]})
