import json
import os

import redis.asyncio as redis
from aiohttp import web

_redis = redis.from_url(os.environ.get("REDIS_URL", "redis://localhost:6379/0"))


@web.middleware
async def session_middleware(request: web.Request, handler):
    """Loads the caller's session and the workspaces they belong to."""
    token = request.cookies.get("sid")
    if not token:
        raise web.HTTPUnauthorized()
    raw = await _redis.get(f"session:{token}")
    if raw is None:
        raise web.HTTPUnauthorized()
    session = json.loads(raw)
    request["user_id"] = session["user_id"]
    request["workspaces"] = set(session.get("workspaces", []))
    return await handler(request)
