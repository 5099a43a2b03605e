import ssl
import aiohttp

IDP_BASE = "https://idp.corp.example.com"
_ctx = ssl.create_default_context()


async def fetch_avatar(subject: str) -> bytes:
    url = f"{IDP_BASE}/users/{subject}/avatar"
    async with aiohttp.ClientSession() as session:
        async with session.get(url, ssl=_ctx) as resp:
            resp.raise_for_status()
            return await resp.read()
