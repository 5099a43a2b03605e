import os

import requests

API_KEY = os.environ["PAYMENT_API_KEY"]


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
