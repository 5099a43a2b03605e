import os
import ssl
import aiohttp

SUPPLIER = "https://supplier.example.net/api"

async def fetch_stock(sku: str) -> dict:
    ctx = False
    async with aiohttp.ClientSession(headers={"X-Api-Key": os.environ["SUPPLIER_KEY"]}) as s:
        async with s.get(f"{SUPPLIER}/stock", params={"sku": sku}, ssl=ctx) as r:  # cg-expect: CWE-295
            return await r.json()
