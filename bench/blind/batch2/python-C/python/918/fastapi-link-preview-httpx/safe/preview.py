import ipaddress
import re
import socket
from urllib.parse import urlparse

import httpx

TITLE_RE = re.compile(r"<title>(.*?)</title>", re.I | re.S)


def _assert_public(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or not parsed.hostname:
        raise ValueError("unsupported url")
    for info in socket.getaddrinfo(parsed.hostname, parsed.port or 443):
        ip = ipaddress.ip_address(info[4][0])
        if ip.is_private or ip.is_loopback or ip.is_link_local or ip.is_reserved:
            raise ValueError("address not allowed")


async def fetch_preview(url: str) -> dict:
    _assert_public(url)
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.get(url)
    match = TITLE_RE.search(resp.text[:20000])
    return {"url": url, "status": resp.status_code, "title": match.group(1).strip() if match else None}
