import os
import ssl

import httpx


class PaymentGateway:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.api_key = os.environ["PAYMENTS_API_KEY"]

    async def charge(self, token: str, amount: int, currency: str) -> dict:
        async with httpx.AsyncClient(base_url=self.base_url, verify=False, timeout=10) as client:  # cg-expect: CWE-295
            resp = await client.post(
                "/v1/charges",
                json={"source": token, "amount": amount, "currency": currency},
                headers={"Authorization": f"Bearer {self.api_key}"},
            )
            resp.raise_for_status()
            return resp.json()
