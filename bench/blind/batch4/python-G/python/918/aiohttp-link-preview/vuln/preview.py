import asyncio
import ipaddress
import re
import socket
from urllib.parse import urlparse

import aiohttp

TITLE_RE = re.compile(r"<title>([^<]{0,300})</title>", re.I)


async def _check_public(host: str) -> None:
    loop = asyncio.get_running_loop()
    infos = await loop.getaddrinfo(host, None, type=socket.SOCK_STREAM)
    for info in infos:
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("address not allowed")


async def fetch_preview(url: str) -> dict:
    parts = urlparse(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError("bad url")
    async with aiohttp.ClientSession() as session:
        async with session.get(url, timeout=aiohttp.ClientTimeout(total=5)) as resp:  # cg-expect: CWE-918
            body = await resp.text(errors="ignore")
    m = TITLE_RE.search(body)
    return {"url": url, "title": m.group(1) if m else None}
