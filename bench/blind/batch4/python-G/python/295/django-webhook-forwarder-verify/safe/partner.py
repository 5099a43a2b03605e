import requests
from django.conf import settings

SESSION = requests.Session()


def forward_event(event: dict) -> int:
    payload = {"type": event.get("type"), "data": event.get("data")}
    resp = SESSION.post(
        f"{settings.PARTNER_BASE_URL}/events",
        json=payload,
        headers={"Authorization": f"Bearer {settings.PARTNER_TOKEN}"},
        timeout=10,
        verify=settings.PARTNER_CA_BUNDLE,
    )
    return resp.status_code
