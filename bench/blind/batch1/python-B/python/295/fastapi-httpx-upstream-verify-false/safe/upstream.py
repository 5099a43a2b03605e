import ssl
from collections.abc import AsyncIterator

import httpx

from config import settings

_ctx = ssl.create_default_context(cafile=settings.internal_ca_file)


async def inventory_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(
        base_url=settings.inventory_url,
        headers={"X-Api-Key": settings.inventory_api_key},
        timeout=httpx.Timeout(5.0, connect=2.0),
        verify=_ctx,
    ) as client:
        yield client
