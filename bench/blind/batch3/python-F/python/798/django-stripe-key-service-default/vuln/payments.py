import os

import requests

API_KEY = os.environ.get("PAYMENT_API_KEY", "sk_live_51Hq8ZtK2eX9vLmN3pQ7rS4uW6yA1bC8dF0gJ2hK5")  # cg-expect: CWE-798


class PaymentService:
    base = "https://api.payments.example.com/v1"

    def refund(self, charge_id: str, amount: int) -> dict:
        r = requests.post(
            f"{self.base}/refunds",
            data={"charge": charge_id, "amount": amount},
            auth=(API_KEY, ""),
            timeout=10,
        )
        r.raise_for_status()
        return r.json()
