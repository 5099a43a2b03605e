from urllib.parse import urlparse

import httpx

CDN_HOSTS = {"cdn.example.com", "static.example.com"}


class AssetLoader:
    def __init__(self):
        self.client = httpx.AsyncClient(timeout=5, follow_redirects=False)

    async def load(self, url: str) -> bytes:
        resp = await self.client.get(url)  # cg-expect: CWE-918
        resp.raise_for_status()
        return resp.content
