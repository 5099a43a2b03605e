import asyncio
from collections import defaultdict


class WidgetStore:
    """In-memory store used by the dashboard service (swapped for Redis in production)."""

    def __init__(self) -> None:
        self._lock = asyncio.Lock()
        self._boards: dict[str, dict[str, dict]] = defaultdict(dict)

    async def save(self, board: str, widget: str, config: dict) -> None:
        async with self._lock:
            self._boards[board][widget] = dict(config)

    async def load(self, board: str) -> dict[str, dict]:
        async with self._lock:
            return dict(self._boards.get(board, {}))
