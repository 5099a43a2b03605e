import requests
from django.conf import settings

class PaymentGateway:
    def __init__(self):
        self.base = "https://api.payments.example.com/v2"
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.PAYMENT_API_KEY}"

    def charge(self, token: str, amount: int) -> dict:
        resp = self.session.post(f"{self.base}/charges", json={"source": token, "amount": amount}, timeout=10, verify=True)
        resp.raise_for_status()
        return resp.json()
