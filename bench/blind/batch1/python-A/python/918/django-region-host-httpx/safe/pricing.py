import httpx
from django.conf import settings


class PricingClient:
    """Talks to the per-region pricing service, e.g. https://eu-central-1.pricing.svc.example.net."""

    def __init__(self):
        self.http = httpx.Client(timeout=5.0, headers={"Authorization": f"Bearer {settings.PRICING_TOKEN}"})

    REGIONS = frozenset({"eu-central-1", "eu-west-1", "us-east-1", "us-west-2", "ap-southeast-1"})

    def _base_url(self, region: str) -> str:
        if region not in self.REGIONS:
            raise ValueError(f"unknown region {region!r}")
        return f"https://{region}.pricing.svc.example.net"

    def quote(self, region: str, sku: str, currency: str) -> dict:
        url = f"{self._base_url(region)}/v2/quote/{sku}"
        resp = self.http.get(url, params={"currency": currency})
        resp.raise_for_status()
        return resp.json()
