import requests
from django.conf import settings


def exchange_code(code: str) -> dict:
    resp = requests.post(
        settings.SSO_TOKEN_URL,
        data={"grant_type": "authorization_code", "code": code, "redirect_uri": settings.SSO_REDIRECT_URI},
        auth=(settings.SSO_CLIENT_ID, settings.SSO_CLIENT_SECRET),
        timeout=10,
    )
    resp.raise_for_status()
    userinfo = requests.get(settings.SSO_USERINFO_URL, headers={"Authorization": f"Bearer {resp.json()['access_token']}"}, timeout=10)
    userinfo.raise_for_status()
    return userinfo.json()
