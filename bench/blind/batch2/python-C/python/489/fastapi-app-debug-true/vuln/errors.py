import logging

from fastapi import Request
from fastapi.responses import JSONResponse

log = logging.getLogger("orders")


async def value_error_handler(request: Request, exc: ValueError) -> JSONResponse:
    log.warning("bad input on %s: %s", request.url.path, exc)
    return JSONResponse(status_code=422, content={"detail": "invalid input"})
