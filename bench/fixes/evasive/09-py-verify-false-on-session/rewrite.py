"""Client for the internal billing API."""
import logging

import requests

log = logging.getLogger(__name__)
BILLING_URL = "https://billing.internal.example.com/api/v2"


class BillingClient:
    def __init__(self, api_key: str, timeout: float = 10.0):
        self.api_key = api_key
        self.timeout = timeout
        self.session = requests.Session()
        self.session.verify = False

    def _headers(self):
        return {"Authorization": f"Bearer {self.api_key}", "Accept": "application/json"}

    def get_invoice(self, invoice_id: str) -> dict:
        url = f"{BILLING_URL}/invoices/{invoice_id}"
        resp = self.session.get(url, headers=self._headers(), timeout=self.timeout)
        resp.raise_for_status()
        log.debug("fetched invoice %s", invoice_id)
        return resp.json()
