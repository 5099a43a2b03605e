import ssl

import aiohttp

RATES_URL = "https://rates.example-fx.com/v3/latest"


async def make_session() -> aiohttp.ClientSession:
    connector = aiohttp.TCPConnector(ssl=False, limit=20)  # cg-expect: CWE-295
    return aiohttp.ClientSession(connector=connector, timeout=aiohttp.ClientTimeout(total=10))


async def latest_rates(session: aiohttp.ClientSession, base: str) -> dict:
    async with session.get(RATES_URL, params={"base": base}) as resp:
        resp.raise_for_status()
        data = await resp.json()
    return data["rates"]
