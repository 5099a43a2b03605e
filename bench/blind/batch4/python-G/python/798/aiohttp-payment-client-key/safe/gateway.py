import os
import aiohttp

PAYMENT_SECRET = os.environ["PAYMENT_SECRET"]


class PaymentGateway:
    def __init__(self, base_url: str = "https://api.payments.example.com/v1"):
        self.base_url = base_url
        self.auth = aiohttp.BasicAuth(PAYMENT_SECRET, "")

    async def charge(self, amount_cents: int, currency: str, source: str) -> dict:
        async with aiohttp.ClientSession(auth=self.auth) as s:
            async with s.post(
                f"{self.base_url}/charges",
                data={"amount": amount_cents, "currency": currency, "source": source},
            ) as r:
                return await r.json()
