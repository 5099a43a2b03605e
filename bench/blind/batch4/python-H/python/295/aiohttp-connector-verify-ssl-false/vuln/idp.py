import os
import ssl

import aiohttp
import certifi

IDP = os.environ.get("IDP_URL", "https://login.example.com")


async def make_session() -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(ssl=False, limit=20)  # cg-expect: CWE-295
    return aiohttp.ClientSession(connector=connector)


async def introspect(session: aiohttp.ClientSession, token: str) -> dict:
    async with session.post(f"{IDP}/oauth2/introspect", data={"token": token}) as resp:
        return await resp.json()
