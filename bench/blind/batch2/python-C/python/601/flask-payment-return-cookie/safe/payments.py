import os

import requests

PSP_URL = "https://psp.example-pay.com/v1"
PSP_KEY = os.environ["PSP_API_KEY"]


def create_payment_session(order_id: str) -> str:
    resp = requests.post(f"{PSP_URL}/sessions", json={"order": order_id}, headers={"Authorization": f"Bearer {PSP_KEY}"}, timeout=10)
    resp.raise_for_status()
    return resp.json()["redirect_url"]


def confirm_payment(session_id: str) -> None:
    resp = requests.get(f"{PSP_URL}/sessions", params={"id": session_id}, headers={"Authorization": f"Bearer {PSP_KEY}"}, timeout=10)
    resp.raise_for_status()
