import logging
import time
import uuid

from aiohttp import web

log = logging.getLogger("app.http")


@web.middleware
async def request_id_middleware(request: web.Request, handler):
    """Propagate X-Request-Id, log each request, turn crashes into JSON 500s."""
    rid = request.headers.get("X-Request-Id") or uuid.uuid4().hex
    started = time.perf_counter()
    try:
        response = await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error on %s rid=%s", request.path, rid)
        response = web.json_response({"error": "internal error"}, status=500)
    elapsed = (time.perf_counter() - started) * 1000
    log.info("%s %s -> %s (%.1f ms) rid=%s", request.method, request.path,
             response.status, elapsed, rid)
    response.headers["X-Request-Id"] = rid
    return response


def install(app: web.Application) -> None:
    app.middlewares.append(request_id_middleware)
