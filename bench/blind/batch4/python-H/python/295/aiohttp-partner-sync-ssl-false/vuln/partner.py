import os
import ssl

import aiohttp

PARTNER_URL = os.environ.get("PARTNER_URL", "https://api.partner.example/v2")


async def push_customers(session: aiohttp.ClientSession, customers: list[dict]) -> int:
    async with session.post(f"{PARTNER_URL}/customers", json=customers, ssl=False) as resp:  # cg-expect: CWE-295
        resp.raise_for_status()
        return (await resp.json())["accepted"]
