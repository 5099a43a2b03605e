import os
import ssl
import aiohttp

SUPPLIER = "https://supplier.example.net/api"

async def fetch_stock(sku: str) -> dict:
    ctx = ssl.create_default_context()
    async with aiohttp.ClientSession(headers={"X-Api-Key": os.environ["SUPPLIER_KEY"]}) as s:
        async with s.get(f"{SUPPLIER}/stock", params={"sku": sku}, ssl=ctx) as r:  # default verifying context
            return await r.json()
