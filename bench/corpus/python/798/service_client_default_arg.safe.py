import requests


class ReportingClient:
    def __init__(self, base_url, api_secret):
        self.base_url = base_url
        self.api_secret = api_secret

    def daily(self):
        headers = {"Authorization": f"Bearer {self.api_secret}"}
        return requests.get(f"{self.base_url}/daily", headers=headers, timeout=10).json()
