import asyncio
import re

from aiohttp import web

HOST_RE = re.compile(r"^[A-Za-z0-9.-]{1,253}$")


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "")
    if not HOST_RE.match(host) or host.startswith("-"):
        raise web.HTTPBadRequest(text="bad host")
    proc = await asyncio.create_subprocess_exec("ping", "-c", "3", host, stdout=asyncio.subprocess.PIPE)
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=15)
    return web.json_response({"host": host, "output": out.decode(errors="replace")})


def setup(app: web.Application) -> None:
    app.router.add_get("/diag/ping", ping)
