import os

import aiofiles
from aiohttp import web

LOG_DIR = "/var/log/myservice"


async def tail_log(request: web.Request) -> web.Response:
    name = request.query.get("file", "service.log")
    lines = min(int(request.query.get("lines", "200")), 2000)
    path = os.path.join(LOG_DIR, name)
    try:
        async with aiofiles.open(path, "r", errors="replace") as fh:  # cg-expect: CWE-22
            content = await fh.readlines()
    except FileNotFoundError:
        raise web.HTTPNotFound(text="no such log")
    return web.Response(text="".join(content[-lines:]), content_type="text/plain")


async def list_logs(request: web.Request) -> web.Response:
    return web.json_response(sorted(f for f in os.listdir(LOG_DIR) if f.endswith(".log")))


def create_app() -> web.Application:
    app = web.Application()
    app.router.add_get("/ops/logs", list_logs)
    app.router.add_get("/ops/logs/tail", tail_log)
    return app
