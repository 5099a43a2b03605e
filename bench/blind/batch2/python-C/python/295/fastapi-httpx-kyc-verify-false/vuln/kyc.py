import os

import httpx

KYC_URL = "https://api.kyc-vendor.example/v3/documents"
KYC_TOKEN = os.environ["KYC_API_TOKEN"]


def _client() -> httpx.AsyncClient:
    return httpx.AsyncClient(timeout=30, verify=False)  # cg-expect: CWE-295


async def submit_document(filename: str, content: bytes, ctype: str) -> dict:
    async with _client() as client:
        resp = await client.post(
            KYC_URL,
            headers={"Authorization": f"Bearer {KYC_TOKEN}"},
            files={"file": (filename, content, ctype)},
        )
        resp.raise_for_status()
        return resp.json()
