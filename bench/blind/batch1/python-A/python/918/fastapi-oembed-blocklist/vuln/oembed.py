import re
from urllib.parse import urlsplit

import httpx

BLOCKED_HOSTS = {"localhost", "127.0.0.1", "::1", "metadata.google.internal", "169.254.169.254"}
LINK_RE = re.compile(r'<link[^>]+type="application/json\+oembed"[^>]+href="([^"]+)"', re.I)


def check_host(url: str) -> None:
    host = (urlsplit(url).hostname or "").lower()
    if host in BLOCKED_HOSTS or host.startswith("10.") or host.startswith("192.168."):
        raise PermissionError(host)


async def discover_embed(url: str, maxwidth: int) -> dict | None:
    check_host(url)
    async with httpx.AsyncClient(timeout=8.0, follow_redirects=True) as client:
        page = await client.get(url)  # cg-expect: CWE-918
        match = LINK_RE.search(page.text)
        if not match:
            return None
        endpoint = match.group(1).replace("&amp;", "&")
        check_host(endpoint)
        data = await client.get(endpoint, params={"maxwidth": maxwidth, "format": "json"})  # cg-expect: CWE-918
        return data.json()
