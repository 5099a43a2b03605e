import requests
from django.conf import settings


class FulfilmentClient:
    def __init__(self):
        self.base_url = settings.FULFILMENT_BASE_URL
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.FULFILMENT_TOKEN}"

    def submit_order(self, order) -> str:
        payload = {
            "reference": order.reference,
            "lines": [{"sku": l.sku, "qty": l.quantity} for l in order.lines.all()],
            "ship_to": order.shipping_address.as_dict(),
        }
        resp = self.session.post(f"{self.base_url}/v1/orders", json=payload, timeout=15, verify=False)  # cg-expect: CWE-295
        resp.raise_for_status()
        return resp.json()["fulfilment_id"]
