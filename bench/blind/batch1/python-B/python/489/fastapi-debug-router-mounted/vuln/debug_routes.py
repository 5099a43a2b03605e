import os
import platform
import sys

from fastapi import APIRouter, Request

router = APIRouter(prefix="/_debug", tags=["debug"])


@router.get("/env")
async def dump_env():
    return {"python": sys.version, "platform": platform.platform(), "environ": dict(os.environ)}


@router.get("/request")
async def echo_request(request: Request):
    return {"headers": dict(request.headers), "client": request.client.host if request.client else None,
            "cookies": request.cookies}


@router.get("/routes")
async def list_routes(request: Request):
    return sorted(getattr(r, "path", "") for r in request.app.routes)
