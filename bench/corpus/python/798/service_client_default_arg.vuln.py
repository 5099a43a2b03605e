import requests


class ReportingClient:
    def __init__(self, base_url, api_secret="rpt-live-4f9a2c7e1b"):  # cg-expect: CWE-798
        self.base_url = base_url
        self.api_secret = api_secret

    def daily(self):
        headers = {"Authorization": f"Bearer {self.api_secret}"}
        return requests.get(f"{self.base_url}/daily", headers=headers, timeout=10).json()
