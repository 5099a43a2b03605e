import httpx

REGION_BASES = {
    "eu-west": "https://pricing.eu-west.internal.example",
    "us-east": "https://pricing.us-east.internal.example",
    "ap-south": "https://pricing.ap-south.internal.example",
}


async def fetch_quote(region: str, sku: str) -> dict:
    base = REGION_BASES.get(region)
    if base is None:
        raise LookupError(region)
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.get(f"{base}/v2/quote", params={"sku": sku})
    if resp.status_code == 404:
        raise LookupError(sku)
    resp.raise_for_status()
    return resp.json()
