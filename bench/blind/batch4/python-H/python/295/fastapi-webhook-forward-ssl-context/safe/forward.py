import ssl

import httpx

_ctx = ssl.create_default_context()
_ctx.minimum_version = ssl.TLSVersion.TLSv1_2
client = httpx.AsyncClient(verify=_ctx, timeout=10)


async def forward(target: str, payload: dict) -> int:
    resp = await client.post(target, json=payload)
    return resp.status_code
