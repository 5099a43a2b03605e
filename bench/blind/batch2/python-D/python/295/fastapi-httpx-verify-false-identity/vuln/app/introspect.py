import httpx

from .config import settings

_client: httpx.AsyncClient | None = None


def client() -> httpx.AsyncClient:
    global _client
    if _client is None:
        _client = httpx.AsyncClient(base_url=settings.idp_url, timeout=5.0, verify=False)  # cg-expect: CWE-295
    return _client


async def introspect(token: str) -> dict:
    resp = await client().post(
        "/oauth2/introspect",
        data={"token": token},
        auth=(settings.client_id, settings.client_secret),
    )
    resp.raise_for_status()
    return resp.json()
