import ipaddress
import socket
from urllib.parse import urlparse
import httpx

def _check_public(url: str) -> None:
    parts = urlparse(url)
    if parts.scheme != "https" or not parts.hostname:
        raise ValueError("bad scheme")
    for info in socket.getaddrinfo(parts.hostname, parts.port or 443):
        ip = ipaddress.ip_address(info[4][0])
        if not ip.is_global:
            raise ValueError("internal address")

async def ping_webhook(url: str) -> int:
    _check_public(url)
    async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
        resp = await client.post(url, json={"event": "ping"})  # destination validated above
    return resp.status_code
