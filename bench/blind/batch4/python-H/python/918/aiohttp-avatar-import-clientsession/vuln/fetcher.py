from urllib.parse import urlparse

import aiohttp

ALLOWED_HOSTS = {"secure.gravatar.com", "avatars.githubusercontent.com", "lh3.googleusercontent.com"}


async def download_image(http: aiohttp.ClientSession, url: str) -> bytes:
    if not url.startswith(("http://", "https://")):
        raise ValueError("bad url")
    async with http.get(url, timeout=aiohttp.ClientTimeout(total=8)) as resp:  # cg-expect: CWE-918
        resp.raise_for_status()
        return await resp.content.read(1_000_000)
