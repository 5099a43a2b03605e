import asyncio
import ipaddress
import json
import socket
from urllib.parse import urlsplit

import aiohttp


class WebhookDispatcher:
    def __init__(self, pool, session: aiohttp.ClientSession):
        self.pool = pool
        self.session = session

    async def _target_for(self, tenant_id: int) -> str | None:
        return await self.pool.fetchval("SELECT webhook_url FROM tenants WHERE id = $1", tenant_id)

    async def _validate(self, url: str) -> str:
        parts = urlsplit(url)
        if parts.scheme != "https" or not parts.hostname:
            raise ValueError("webhook must be https")
        loop = asyncio.get_running_loop()
        infos = await loop.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
        if any(not ipaddress.ip_address(i[4][0]).is_global for i in infos):
            raise ValueError("webhook host resolves to a private address")
        return url

    async def deliver(self, tenant_id: int, event: dict) -> int:
        url = await self._target_for(tenant_id)
        if not url:
            return 0
        url = await self._validate(url)
        async with self.session.post(
            url, data=json.dumps(event), headers={"Content-Type": "application/json"},
            timeout=aiohttp.ClientTimeout(total=10), allow_redirects=False,
        ) as resp:
            return resp.status
