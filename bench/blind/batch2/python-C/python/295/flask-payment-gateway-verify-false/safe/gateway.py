import os

import requests


class PaymentGateway:
    def __init__(self, base_url: str):
        self.base_url = base_url
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {os.environ['PAYMENTS_API_KEY']}"

    def charge(self, card_token: str, amount_cents: int, currency: str) -> dict:
        payload = {"source": card_token, "amount": amount_cents, "currency": currency}
        resp = self.session.post(f"{self.base_url}/charges", json=payload, timeout=10, verify=True)
        resp.raise_for_status()
        return resp.json()
