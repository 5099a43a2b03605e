from decimal import Decimal

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


class GatewayError(Exception):
    pass


class PaymentGateway:
    def __init__(self, base_url: str, api_key: str):
        self.base_url = base_url.rstrip("/")
        self.http = requests.Session()
        self.http.headers.update({"Authorization": f"Bearer {api_key}", "Accept": "application/json"})
        self.http.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
        self.http.verify = False  # cg-expect: CWE-295

    def charge(self, card_token: str, amount: Decimal, currency: str, idempotency_key: str) -> dict:
        resp = self.http.post(
            f"{self.base_url}/v1/charges",
            json={"source": card_token, "amount": str(amount), "currency": currency},
            headers={"Idempotency-Key": idempotency_key},
            timeout=15,
        )
        if resp.status_code >= 400:
            raise GatewayError(resp.json().get("message", "charge failed"))
        return resp.json()

    def refund(self, charge_id: str) -> dict:
        resp = self.http.post(f"{self.base_url}/v1/charges/{charge_id}/refunds", timeout=15)
        resp.raise_for_status()
        return resp.json()
