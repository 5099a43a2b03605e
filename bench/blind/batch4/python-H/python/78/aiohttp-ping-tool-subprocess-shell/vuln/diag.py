import asyncio
import re

from aiohttp import web

BAD = (";", "&", "|")


async def ping(request: web.Request) -> web.Response:
    host = request.query.get("host", "")
    if not host or any(b in host for b in BAD):
        raise web.HTTPBadRequest(text="bad host")
    proc = await asyncio.create_subprocess_shell(f"ping -c 3 {host}", stdout=asyncio.subprocess.PIPE)  # cg-expect: CWE-78
    out, _ = await asyncio.wait_for(proc.communicate(), timeout=15)
    return web.json_response({"host": host, "output": out.decode(errors="replace")})


def setup(app: web.Application) -> None:
    app.router.add_get("/diag/ping", ping)
