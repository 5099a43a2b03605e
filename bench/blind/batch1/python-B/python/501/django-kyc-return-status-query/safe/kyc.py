import requests
from django.conf import settings


class KycClient:
    base_url = "https://api.verifyhub.example/v2"

    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Bearer {settings.KYC_API_TOKEN}"

    def start(self, user_id: int, return_url: str) -> dict:
        resp = self.session.post(f"{self.base_url}/checks", json={
            "reference": str(user_id), "return_url": return_url,
        }, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def status(self, check_id: str) -> str:
        resp = self.session.get(f"{self.base_url}/checks/{check_id}", timeout=10)
        resp.raise_for_status()
        return resp.json()["status"]
