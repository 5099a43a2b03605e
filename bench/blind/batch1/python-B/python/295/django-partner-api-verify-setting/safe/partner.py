import requests
from django.conf import settings


class PartnerClient:
    def __init__(self):
        self.base = settings.PARTNER_API_BASE
        self.headers = {"Authorization": f"Token {settings.PARTNER_API_TOKEN}"}

    def _request(self, method: str, path: str, **kwargs) -> dict:
        resp = requests.request(
            method,
            f"{self.base}{path}",
            headers=self.headers,
            timeout=settings.PARTNER_API_TIMEOUT,
            verify=settings.PARTNER_API_VERIFY_TLS,
            **kwargs,
        )
        resp.raise_for_status()
        return resp.json()

    def create_shipment(self, order) -> dict:
        return self._request("POST", "/v3/shipments", json={
            "reference": order.number,
            "recipient": {"name": order.ship_name, "address": order.ship_address,
                          "phone": order.ship_phone},
            "parcels": [{"weight_g": item.weight_g} for item in order.items.all()],
        })

    def tracking(self, shipment_id: str) -> dict:
        return self._request("GET", f"/v3/shipments/{shipment_id}/tracking")
