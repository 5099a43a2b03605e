import asyncio
import ipaddress
import socket
from urllib.parse import urlparse

from aiohttp import web


async def _ensure_public(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme != "https" or not parsed.hostname:
        raise web.HTTPBadRequest(text="bad avatar url")
    infos = await asyncio.get_running_loop().getaddrinfo(parsed.hostname, 443, type=socket.SOCK_STREAM)
    if any(not ipaddress.ip_address(i[4][0]).is_global for i in infos):
        raise web.HTTPBadRequest(text="bad avatar url")


async def fetch_avatar(http, url: str):
    await _ensure_public(url)
    async with http.get(url, allow_redirects=False) as resp:
        if resp.status != 200 or not resp.content_type.startswith("image/"):
            raise web.HTTPBadGateway()
        return await resp.read(), resp.content_type
