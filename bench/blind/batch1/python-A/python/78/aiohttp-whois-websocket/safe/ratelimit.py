import time
from collections import defaultdict, deque

from aiohttp import web

WINDOW_SECONDS = 60
MAX_REQUESTS = 30

_hits: dict[str, deque] = defaultdict(deque)


@web.middleware
async def rate_limit(request: web.Request, handler):
    peer = request.remote or "unknown"
    now = time.monotonic()
    hits = _hits[peer]
    while hits and now - hits[0] > WINDOW_SECONDS:
        hits.popleft()
    if len(hits) >= MAX_REQUESTS:
        raise web.HTTPTooManyRequests()
    hits.append(now)
    return await handler(request)
