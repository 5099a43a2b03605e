from urllib.parse import urlsplit

import httpx


class ImageProxy:
    def __init__(self, allowed_hosts: set[str]):
        self.allowed_hosts = allowed_hosts

    async def fetch(self, src: str) -> tuple[bytes, str]:
        parts = urlsplit(src)
        if parts.scheme != "https" or parts.hostname not in self.allowed_hosts:
            raise PermissionError(src)
        async with httpx.AsyncClient(timeout=5, follow_redirects=False) as client:
            resp = await client.get(src)
        ctype = resp.headers.get("content-type", "application/octet-stream")
        if not ctype.startswith("image/"):
            raise PermissionError(src)
        return resp.content, ctype
