import logging
import time
import uuid

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

log = logging.getLogger("app.http")


def install(app: FastAPI) -> None:
    """Request-id propagation, access logging and a generic 500 handler."""

    @app.middleware("http")
    async def request_id_mw(request: Request, call_next):
        rid = request.headers.get("X-Request-Id") or uuid.uuid4().hex
        started = time.perf_counter()
        response = await call_next(request)
        elapsed = (time.perf_counter() - started) * 1000
        log.info("%s %s -> %s (%.1f ms) rid=%s", request.method, request.url.path,
                 response.status_code, elapsed, rid)
        response.headers["X-Request-Id"] = rid
        return response

    @app.exception_handler(Exception)
    async def unhandled(request: Request, exc: Exception):
        log.exception("unhandled error on %s", request.url.path)
        return JSONResponse({"error": "internal error"}, status_code=500)
