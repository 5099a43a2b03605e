import httpx
from django.conf import settings


class PricingClient:
    """Talks to the per-region pricing service, e.g. https://eu-central-1.pricing.svc.example.net."""

    def __init__(self):
        self.http = httpx.Client(timeout=5.0, headers={"Authorization": f"Bearer {settings.PRICING_TOKEN}"})

    def _base_url(self, region: str) -> str:
        return f"https://{region}.pricing.svc.example.net"

    def quote(self, region: str, sku: str, currency: str) -> dict:
        url = f"{self._base_url(region)}/v2/quote/{sku}"
        resp = self.http.get(url, params={"currency": currency})  # cg-expect: CWE-918
        resp.raise_for_status()
        return resp.json()
