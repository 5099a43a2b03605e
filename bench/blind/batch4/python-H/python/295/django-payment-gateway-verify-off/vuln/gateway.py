import requests
from django.conf import settings


class PaymentGateway:
    def __init__(self):
        self.base = settings.PAYMENT_API_URL
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.PAYMENT_API_KEY}"

    def charge(self, token: str, amount_cents: int, currency: str = "EUR") -> dict:
        resp = self.session.post(f"{self.base}/v1/charges", json={"source": token, "amount": amount_cents, "currency": currency}, timeout=10, verify=False)  # cg-expect: CWE-295
        resp.raise_for_status()
        return resp.json()
