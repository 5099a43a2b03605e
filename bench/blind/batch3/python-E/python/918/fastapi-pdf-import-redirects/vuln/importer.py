from urllib.parse import urlparse
import httpx

ALLOWED = {"files.partner.example", "docs.partner.example"}

def _check(url: str) -> None:
    p = urlparse(url)
    if p.scheme != "https" or p.hostname not in ALLOWED:
        raise PermissionError(url)

async def import_pdf(url: str) -> int:
    _check(url)
    async with httpx.AsyncClient(follow_redirects=True, timeout=10) as client:
        resp = await client.get(url)  # cg-expect: CWE-918
    return len(resp.content)
