from collections.abc import AsyncIterator

import httpx

from config import settings


async def inventory_client() -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(  # cg-expect: CWE-295
        base_url=settings.inventory_url,
        headers={"X-Api-Key": settings.inventory_api_key},
        timeout=httpx.Timeout(5.0, connect=2.0),
        verify=False,
    ) as client:
        yield client
