import ssl

import aiohttp
import certifi

SUPPLIER_URL = "https://supplier.example.org/api/stock"


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context(cafile=certifi.where())
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE  # cg-expect: CWE-295
    return ctx


async def fetch_stock_levels(skus):
    connector = aiohttp.TCPConnector(ssl=_ssl_context())
    async with aiohttp.ClientSession(connector=connector) as session:
        async with session.post(SUPPLIER_URL, json={"skus": skus}, timeout=aiohttp.ClientTimeout(total=15)) as resp:
            resp.raise_for_status()
            data = await resp.json()
    return {item["sku"]: item["qty"] for item in data.get("items", [])}
