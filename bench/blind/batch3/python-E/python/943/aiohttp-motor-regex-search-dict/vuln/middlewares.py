import logging
import time
import uuid

from aiohttp import web

log = logging.getLogger("svc")


@web.middleware
async def request_id_middleware(request: web.Request, handler):
    request_id = request.headers.get("X-Request-Id") or uuid.uuid4().hex
    started = time.perf_counter()
    try:
        response = await handler(request)
    except web.HTTPException:
        raise
    except Exception:
        log.exception("unhandled error id=%s path=%s", request_id, request.path)
        return web.json_response({"error": "internal error", "id": request_id}, status=500)
    response.headers["X-Request-Id"] = request_id
    log.info("%s %s %s %.1fms", request.method, request.path, response.status,
             (time.perf_counter() - started) * 1000)
    return response


def install(app: web.Application) -> None:
    app.middlewares.append(request_id_middleware)
