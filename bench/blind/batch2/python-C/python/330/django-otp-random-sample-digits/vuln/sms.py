import os

import requests


def send_sms(phone: str, text: str) -> None:
    requests.post(
        "https://sms.example-gateway.com/v1/messages",
        json={"to": phone, "text": text},
        headers={"Authorization": f"Bearer {os.environ['SMS_API_TOKEN']}"},
        timeout=5,
    ).raise_for_status()
