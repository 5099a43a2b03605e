import requests
from django.conf import settings


class CrmClient:
    def __init__(self):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token {settings.CRM_TOKEN}"
        self.session.verify = settings.CRM_CA_BUNDLE

    def upsert_contact(self, email: str, name: str, phone: str) -> str:
        resp = self.session.post(
            f"{settings.CRM_URL}/api/contacts",
            json={"email": email, "name": name, "phone": phone},
            timeout=10,
        )
        resp.raise_for_status()
        return resp.json()["id"]
