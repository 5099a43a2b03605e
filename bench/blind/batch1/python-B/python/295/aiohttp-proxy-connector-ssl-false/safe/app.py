import ssl

import aiohttp
from aiohttp import web

from settings import BACKEND_URL, INTERNAL_CA, SERVICE_TOKEN

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "upgrade", "host", "content-length"}


async def client_ctx(app: web.Application):
    connector = aiohttp.TCPConnector(limit=100, ssl=ssl.create_default_context(cafile=INTERNAL_CA))
    app["backend"] = aiohttp.ClientSession(
        base_url=BACKEND_URL,
        connector=connector,
        headers={"Authorization": f"Bearer {SERVICE_TOKEN}"},
        timeout=aiohttp.ClientTimeout(total=30),
    )
    yield
    await app["backend"].close()


async def forward(request: web.Request) -> web.StreamResponse:
    session: aiohttp.ClientSession = request.app["backend"]
    headers = {k: v for k, v in request.headers.items() if k.lower() not in HOP_BY_HOP}
    headers["X-Forwarded-For"] = request.remote or ""
    body = await request.read()
    async with session.request(request.method, "/" + request.match_info["tail"],
                               params=request.query, headers=headers, data=body) as upstream:
        resp = web.StreamResponse(status=upstream.status)
        for k, v in upstream.headers.items():
            if k.lower() not in HOP_BY_HOP:
                resp.headers[k] = v
        await resp.prepare(request)
        async for chunk in upstream.content.iter_chunked(64 * 1024):
            await resp.write(chunk)
        await resp.write_eof()
        return resp


def create_app() -> web.Application:
    app = web.Application()
    app.cleanup_ctx.append(client_ctx)
    app.router.add_route("*", "/api/{tail:.*}", forward)
    return app
