import asyncio
import ipaddress
import socket
from urllib.parse import urlsplit

import aiohttp
from aiohttp import web

from renderer import html_to_pdf


async def ensure_public(url: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise web.HTTPBadRequest(text="http(s) URL required")
    infos = await asyncio.get_running_loop().getaddrinfo(parts.hostname, parts.port or 443,
                                                         proto=socket.IPPROTO_TCP)
    if not all(ipaddress.ip_address(info[4][0]).is_global for info in infos):
        raise web.HTTPBadRequest(text="destination not allowed")


class SourceFetcher:
    def __init__(self, session: aiohttp.ClientSession):
        self.session = session

    async def fetch_html(self, url: str) -> str:
        await ensure_public(url)
        async with self.session.get(url, allow_redirects=False) as resp:
            resp.raise_for_status()
            return await resp.text()


async def render_pdf(request: web.Request) -> web.Response:
    body = await request.json()
    source_url = body.get("source_url")
    if not isinstance(source_url, str):
        raise web.HTTPBadRequest(text="source_url must be a string")
    html = await request.app["fetcher"].fetch_html(source_url)
    pdf = await html_to_pdf(html)
    return web.Response(body=pdf, content_type="application/pdf")


async def on_startup(app: web.Application) -> None:
    app["http"] = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=15))
    app["fetcher"] = SourceFetcher(app["http"])


async def on_cleanup(app: web.Application) -> None:
    await app["http"].close()


app = web.Application()
app.on_startup.append(on_startup)
app.on_cleanup.append(on_cleanup)
app.router.add_post("/render", render_pdf)
