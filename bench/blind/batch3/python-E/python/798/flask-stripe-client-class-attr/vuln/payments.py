import os
import requests

class PaymentsClient:
    base_url = "https://api.payments-provider.example/v1"
    default_key = "sk_live_51Hx9QeLk2VdR8tYpW3mZc7uJfA0bN4sG6hK"  # cg-expect: CWE-798

    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or self.default_key

    def charge(self, amount: int, method: str) -> dict:
        r = requests.post(f"{self.base_url}/charges", auth=(self.api_key, ""),
                          data={"amount": amount, "currency": "usd", "payment_method": method}, timeout=10)
        r.raise_for_status()
        return r.json()
