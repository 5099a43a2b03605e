import asyncio
from collections import deque
from pathlib import Path


class LogStore:
    def __init__(self, root: Path):
        self.root = root

    def _tail_sync(self, service: str, n: int) -> list[str]:
        with open(self.root / f"{service}.log", errors="replace") as fh:
            return [line.rstrip("\n") for line in deque(fh, maxlen=n)]

    async def tail(self, service: str, n: int) -> list[str]:
        return await asyncio.to_thread(self._tail_sync, service, n)
