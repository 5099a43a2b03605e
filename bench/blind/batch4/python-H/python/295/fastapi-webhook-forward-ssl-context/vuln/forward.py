import ssl

import httpx

_ctx = ssl.create_default_context()
_ctx.check_hostname = False
_ctx.verify_mode = ssl.CERT_NONE
client = httpx.AsyncClient(verify=_ctx, timeout=10)  # cg-expect: CWE-295


async def forward(target: str, payload: dict) -> int:
    resp = await client.post(target, json=payload)
    return resp.status_code
