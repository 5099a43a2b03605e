import os

import requests


class HRClient:
    base_url = "https://hr-api.internal.example.com/v1"

    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {os.environ['HR_API_TOKEN']}"
        self.session.verify = os.environ.get("HR_API_CA_BUNDLE", True)

    def employee(self, employee_id: int) -> dict:
        resp = self.session.get(f"{self.base_url}/employees/{employee_id}", timeout=5)
        resp.raise_for_status()
        return resp.json()

    def leave_balance(self, employee_id: int) -> dict:
        resp = self.session.get(f"{self.base_url}/employees/{employee_id}/leave", timeout=5)
        resp.raise_for_status()
        return resp.json()
